import { SignInRequiredError } from '@liaise/api-auth';
import type { GraphqlContext } from '@liaise/api-core';

/** The signed-in person acting, and where from: what every change records on the audit trail. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly ip?: string;
}

/** The acting person of a request whose policy already required a session (the guard ran first). */
export function actorOf(req: GraphqlContext['req']): Actor {
  if (req.auth === undefined) throw new SignInRequiredError();
  return { userId: req.auth.userId, organisationId: req.auth.organisationId, ip: req.ip };
}
