import { DomainError, type GraphqlContext, type RequestAuth } from '@liaise/api-core';

/** Who is acting on this request. The access guard has already refused anonymous calls to non-public fields. */
export function actingAuth({ req }: GraphqlContext): RequestAuth {
  if (req.auth === undefined) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return req.auth;
}
