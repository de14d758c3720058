import type { EntityManager } from 'typeorm';
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

/** Acting for an organisation from here on in this transaction (row-level security reads these). */
export async function actAs(manager: EntityManager, organisationId: string, userId = ''): Promise<void> {
  await manager.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [organisationId, userId]);
}
