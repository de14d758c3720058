import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, SignedIn, TransactionHost, type AppConfig, type GraphqlContext } from '@liaise/api-core';
import { SignInRequiredError } from '../access/access.guard.js';
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions } from '../sessions/session-cookie.js';
import { ChangePasswordInput } from './change-password.input.js';
import { ChangePasswordService } from './change-password.service.js';

@Resolver()
export class ChangePasswordResolver {
  private readonly secure: boolean;

  constructor(
    private readonly service: ChangePasswordService,
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = cookiesAreSecure(config);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the signed-in person\'s password; every other session ends.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @Context() { req, res }: GraphqlContext): Promise<boolean> {
    if (req.auth === undefined) throw new SignInRequiredError();
    const token = await this.service.change(this.tx.manager, req.auth, input, req.get('user-agent'));
    res.cookie(sessionCookieName(this.secure), token, sessionCookieOptions(this.secure));
    return true;
  }
}
