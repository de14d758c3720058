import { Inject } from '@nestjs/common';
import { Args, Context, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { APP_CONFIG, SigningIn, TransactionHost, type AppConfig, type GraphqlContext, type RequestAuth } from '@liaise/api-core';
import { TwoFactorConfirmation, TwoFactorEnrolment, Viewer } from '../accounts/account.types.js';
import { ViewerLoader } from '../accounts/viewer-loader.js';
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions } from '../sessions/session-cookie.js';
import { SignInRequiredError } from '../access/access.guard.js';
import { TwoFactorService } from './two-factor.service.js';

@InputType()
export class SecondFactorCodeInput {
  @Field(() => String, { description: 'A 6-digit code from the authenticator app, or a recovery code like abcde-fghij.' })
  @Matches(/^\s*(\d{6}|[a-zA-Z2-7]{5}-[a-zA-Z2-7]{5})\s*$/, {
    message: 'Enter the 6-digit code from your authenticator app, or a recovery code like abcde-fghij',
  })
  code!: string;
}

function authOf(req: GraphqlContext['req']): RequestAuth {
  if (req.auth === undefined) throw new SignInRequiredError();
  return req.auth;
}

@Resolver()
export class TwoFactorResolver {
  private readonly secure: boolean;

  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly viewers: ViewerLoader,
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = cookiesAreSecure(config);
  }

  @SigningIn()
  @Mutation(() => TwoFactorEnrolment, { description: 'Starts setting up two-factor sign-in with an authenticator app.' })
  beginTwoFactorEnrolment(@Context() { req }: GraphqlContext): Promise<TwoFactorEnrolment> {
    return this.twoFactor.beginEnrolment(this.tx.manager, authOf(req));
  }

  @SigningIn()
  @Mutation(() => TwoFactorConfirmation, { description: 'Finishes setting up two-factor sign-in with a code from the app.' })
  async confirmTwoFactorEnrolment(@Args('input') input: SecondFactorCodeInput, @Context() { req, res }: GraphqlContext): Promise<TwoFactorConfirmation> {
    const auth = authOf(req);
    const upgraded = await this.twoFactor.confirmEnrolment(this.tx.manager, auth, input.code, req.get('user-agent'));
    res.cookie(sessionCookieName(this.secure), upgraded.token, sessionCookieOptions(this.secure));
    return {
      viewer: await this.viewers.load(this.tx.manager, { userId: auth.userId, secondFactorDone: true }),
      recoveryCodes: upgraded.recoveryCodes ?? [],
    };
  }

  @SigningIn()
  @Mutation(() => Viewer, { description: 'The second step of signing in: a code from the app or a recovery code.' })
  async verifySecondFactor(@Args('input') input: SecondFactorCodeInput, @Context() { req, res }: GraphqlContext): Promise<Viewer> {
    const auth = authOf(req);
    const upgraded = await this.twoFactor.verify(this.tx.manager, auth, input.code, req.get('user-agent'));
    res.cookie(sessionCookieName(this.secure), upgraded.token, sessionCookieOptions(this.secure));
    return this.viewers.load(this.tx.manager, { userId: auth.userId, secondFactorDone: true });
  }
}
