import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '@liaise/api-audit';
import { APP_CONFIG, Public, SignedIn, SigningIn, TransactionHost, type AppConfig, type GraphqlContext, type RequestAuth } from '@liaise/api-core';
import { Viewer } from '../accounts/account.types.js';
import { ViewerLoader } from '../accounts/viewer-loader.js';
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions } from '../sessions/session-cookie.js';
import { SessionService } from '../sessions/session.service.js';
import { SignInInput } from './sign-in.input.js';
import { SignInService } from './sign-in.service.js';
import type { AuditAction } from '@liaise/shared-domain';

@Resolver(() => Viewer)
export class SignInResolver {
  private readonly secure: boolean;

  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly viewers: ViewerLoader,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = cookiesAreSecure(config);
  }

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async viewer(@Context() { req }: GraphqlContext): Promise<Viewer | null> {
    if (req.auth === undefined) return null;
    return this.viewers.load(this.tx.manager, req.auth);
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Signs in with an e-mail address and password; sets the session cookie.' })
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: GraphqlContext): Promise<Viewer> {
    const previous = req.auth;
    if (previous !== undefined) await this.sessions.end(this.tx.manager, previous.sessionId, 'SIGNED_OUT');
    const signedIn = await this.signIns.signIn(this.tx.manager, input.email, input.password, {
      userAgent: req.get('user-agent'),
      ip: req.ip,
    });
    res.cookie(sessionCookieName(this.secure), signedIn.token, sessionCookieOptions(this.secure));
    return this.viewers.load(this.tx.manager, { userId: signedIn.userId, secondFactorDone: signedIn.secondFactorDone });
  }

  @SigningIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@Context() { req, res }: GraphqlContext): Promise<boolean> {
    if (req.auth) {
      await this.sessions.end(this.tx.manager, req.auth.sessionId, 'SIGNED_OUT');
      await this.recordOwnAction(req.auth, 'auth.sign-out', req.ip);
    }
    res.clearCookie(sessionCookieName(this.secure), { ...sessionCookieOptions(this.secure), maxAge: undefined });
    return true;
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends every session of the signed-in person, this one included; returns how many.' })
  async signOutEverywhere(@Context() { req, res }: GraphqlContext): Promise<number> {
    const ended = req.auth ? await this.sessions.endAll(this.tx.manager, req.auth.userId, 'SIGNED_OUT_EVERYWHERE') : 0;
    if (req.auth) await this.recordOwnAction(req.auth, 'auth.signed-out-everywhere', req.ip, { sessionsEnded: ended });
    res.clearCookie(sessionCookieName(this.secure), { ...sessionCookieOptions(this.secure), maxAge: undefined });
    return ended;
  }

  private recordOwnAction(auth: RequestAuth, action: AuditAction, ip: string | undefined, detail?: Record<string, unknown>) {
    return this.audit.record(this.tx.manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action,
      subjectType: 'user',
      subjectId: auth.userId,
      detail,
      ip,
    });
  }
}
