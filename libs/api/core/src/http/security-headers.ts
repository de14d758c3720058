import { Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** Browser features the portal never uses, denied to it and to anything it could ever embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The browser security headers of every response (the pages, their assets, /graphql, health): a strict
 * Content-Security-Policy (scripts, styles, images and connections from this origin only, no inline script
 * or style, no framing), no MIME sniffing, no referrer, no powerful features, and HSTS when the portal is
 * reached over HTTPS (over plain HTTP, in local use, it would be ignored, and upgrading requests would
 * break the page).
 */
export function securityHeaders(publicUrl: string): RequestHandler[] {
  const url = new URL(publicUrl);
  const https = url.protocol === 'https:';
  // 'self' covers the page's own ws(s): in current browsers; the configured address is named too for the
  // rest (the web may be reached at PUBLIC_URL through a proxy).
  const socketOrigin = `${https ? 'wss' : 'ws'}://${url.host}`;
  const permissionsPolicy: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  };
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          baseUri: ["'none'"],
          connectSrc: ["'self'", socketOrigin],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          // data: for the authenticator QR code, an SVG image made by the api (an image runs no script).
          imgSrc: ["'self'", 'data:'],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    }),
    permissionsPolicy,
  ];
}

/** Sets the security headers on every route, static files included (Nest applies middleware before them). */
@Module({})
export class SecurityHeadersModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    // '{*path}', not '*path': the latter does not match the root, '/'.
    consumer.apply(...securityHeaders(this.config.publicUrl)).forRoutes('{*path}');
  }
}
