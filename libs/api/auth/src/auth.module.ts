import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import { AuditModule } from '@liaise/api-audit';
import { SubscriptionAuthenticator } from '@liaise/api-core';
import { OrganisationsModule } from '@liaise/api-organisations';
import { AccessChecks, AccessChecksOn, AccessGuard } from './access/access.guard.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { UserAccount } from './accounts/user-account.entity.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { Session } from './sessions/session.entity.js';
import { SessionMiddleware } from './sessions/session.middleware.js';
import { SessionRepository } from './sessions/session.repository.js';
import { SessionService } from './sessions/session.service.js';
import { SessionSubscriptionAuthenticator } from './sessions/subscription-authenticator.js';
import { SignInResolver } from './sign-in/sign-in.resolver.js';
import { SignInService } from './sign-in/sign-in.service.js';
import { SignInThrottle } from './sign-in/sign-in-throttle.js';
import { RecoveryCode } from './two-factor/recovery-code.entity.js';
import { RecoveryCodeRepository } from './two-factor/recovery-code.repository.js';
import { TwoFactorResolver } from './two-factor/two-factor.resolver.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';
import { ViewerLoader } from './accounts/viewer-loader.js';
import { ChangePasswordResolver } from './passwords/change-password.resolver.js';
import { ChangePasswordService } from './passwords/change-password.service.js';

/** Who is who: accounts, sign-in, server-side sessions, and the access guard on every resolver. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccount, Session, RecoveryCode]), AuditModule, OrganisationsModule, AccountsModule],
  providers: [
    PasswordHasher,
    SessionRepository,
    SessionService,
    SignInService,
    SignInThrottle,
    SignInResolver,
    ViewerLoader,
    ChangePasswordService,
    ChangePasswordResolver,
    RecoveryCodeRepository,
    TwoFactorService,
    TwoFactorResolver,
    { provide: AccessChecks, useClass: AccessChecksOn },
    { provide: SubscriptionAuthenticator, useClass: SessionSubscriptionAuthenticator },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordHasher, SessionService, ViewerLoader, SubscriptionAuthenticator],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser(), SessionMiddleware).forRoutes('*path');
  }
}
