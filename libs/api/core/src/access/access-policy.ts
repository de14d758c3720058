import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@liaise/shared-domain';

export const ACCESS_POLICY = 'liaise:access-policy';

export type AccessPolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

/** Anyone, signed in or not (the start page's service info, signing in). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Anyone signed in, whatever their role (their own account, signing out). */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

/** Those whose role grants this permission (ROLE_PERMISSIONS in @liaise/shared-domain). */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_POLICY, { kind: 'permission', permission } satisfies AccessPolicy);
