import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@liaise/shared-domain';

export const ACCESS_POLICY = 'liaise:access-policy';

export type AccessPolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'signing-in' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

/** Anyone, signed in or not (the start page's service info, signing in). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/**
 * Anyone with a session, even one still waiting for its second factor: only the steps of signing in
 * (entering or enrolling the second factor, signing out).
 */
export const SigningIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signing-in' } satisfies AccessPolicy);

/** Anyone fully signed in, whatever their role (their own account, signing out everywhere). */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

/** Those whose role grants this permission (ROLE_PERMISSIONS in @liaise/shared-domain). */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_POLICY, { kind: 'permission', permission } satisfies AccessPolicy);
