import type { Role } from '@liaise/shared-domain';

/** Who made a request, as the session said; absent on an anonymous request. */
export interface RequestAuth {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly sessionId: string;
  /** False until the second factor is given, for users who must use one. */
  readonly secondFactorDone: boolean;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
  }
}
