import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';

/**
 * Behind the proxy in docker/ (or any on a private network) the client's address is in X-Forwarded-For:
 * express's `req.ip` takes it from there only when the hop that set it is loopback or private. Sign-in
 * throttling counts failures per client address, so every way the api is started sets this the same way.
 */
export function trustPrivateProxies(app: INestApplication): void {
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', 'loopback, linklocal, uniquelocal');
}
