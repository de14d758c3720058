import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@liaise/api-core';
import type { NextFunction, Request, Response } from 'express';
import { SessionService } from './session.service.js';
import { cookiesAreSecure, sessionCookieName } from './session-cookie.js';

/** Reads the session cookie on every request and says who is acting (req.auth), or no one. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly cookieName: string;

  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookieName = sessionCookieName(cookiesAreSecure(config));
  }

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const cookies = (req as Request & { cookies?: Record<string, string> }).cookies ?? {};
      const token = cookies[this.cookieName];
      if (token) req.auth = await this.sessions.resolve(token);
      next();
    } catch (error) {
      next(error);
    }
  }
}
