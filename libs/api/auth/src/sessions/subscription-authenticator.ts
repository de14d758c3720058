import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, inTenantTransaction, SubscriptionAuthenticator, type AppConfig, type RequestAuth } from '@liaise/api-core';
import { cookiesAreSecure, sessionCookieName } from './session-cookie.js';
import { SessionService } from './session.service.js';

/** One cookie's value from a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== name) continue;
    const raw = pair.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A GraphQL WebSocket is opened with the same session cookie as any request: the session is looked up as
 * for HTTP (which counts as activity), and checked again, without touching it, while the socket is open.
 */
@Injectable()
export class SessionSubscriptionAuthenticator extends SubscriptionAuthenticator {
  private readonly cookieName: string;

  constructor(
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.cookieName = sessionCookieName(cookiesAreSecure(config));
  }

  async authenticate(request: IncomingMessage): Promise<RequestAuth | undefined> {
    const token = cookieValue(request.headers.cookie, this.cookieName);
    return token ? this.sessions.resolve(token) : undefined;
  }

  currentUntil(auth: RequestAuth): Promise<Date | undefined> {
    return inTenantTransaction(this.dataSource, { organisationId: auth.organisationId, userId: auth.userId }, (manager) =>
      this.sessions.currentUntil(manager, auth),
    );
  }
}
