import type { CookieOptions } from 'express';

/** The session lasts at most this long, and ends sooner after this long without a request. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;

/**
 * Over HTTPS the cookie takes the `__Host-` prefix: the browser then insists on Secure, path / and no
 * domain, so no other site or subdomain can set or read it.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-liaise_session' : 'liaise_session';
}

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge: SESSION_ABSOLUTE_SECONDS * 1000 };
}

/** Secure cookies wherever the portal is reached over HTTPS; plain HTTP only for local development. */
export function cookiesAreSecure(config: { publicUrl: string }): boolean {
  return config.publicUrl.startsWith('https:');
}
