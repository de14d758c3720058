import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

import { roleAllows } from '@liaise/shared-domain';
import { ACCESS_POLICY, DomainError, type AccessPolicy } from '@liaise/api-core';

export class SignInRequiredError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'Sign in to continue');
  }
}

export class SecondFactorRequiredError extends DomainError {
  constructor() {
    super('SECOND_FACTOR_REQUIRED', 'Enter the code from your authenticator app to continue');
  }
}

/**
 * Whether the guard checks roles' permissions. Always on; only a test overrides this provider, to prove
 * that row-level security alone leaks nothing when the first line is gone. No setting reaches it.
 */
export abstract class AccessChecks {
  abstract readonly permissionsChecked: boolean;
}

export class AccessChecksOn extends AccessChecks {
  readonly permissionsChecked = true;
}

/**
 * The first line of access control, on every resolver and controller: each declares a policy, and one that
 * declares none is refused (fail closed). A refused permission answers exactly like something that does not
 * exist.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly log = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly checks: AccessChecks,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (policy === undefined) {
      this.log.error(`${context.getClass().name}.${context.getHandler().name} declares no access policy: refused`);
      throw new DomainError('NOT_FOUND', 'Not found');
    }
    if (policy.kind === 'public') return true;
    const request = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req : context.switchToHttp().getRequest<Request>();
    const auth = request.auth;
    if (auth === undefined) throw new SignInRequiredError();
    if (policy.kind === 'signing-in') return true;
    if (!auth.secondFactorDone) throw new SecondFactorRequiredError();
    if (policy.kind === 'signed-in') return true;
    if (this.checks.permissionsChecked && !roleAllows(auth.role, policy.permission)) throw new DomainError('NOT_FOUND', 'Not found');
    return true;
  }
}
