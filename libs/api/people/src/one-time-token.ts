import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: what goes in an e-mailed link. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new one-time token for a link, and the hash that is stored instead of it. */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The stored hash for a token from a link, or undefined for something that cannot be one of ours. */
export function tokenHashOf(token: string): string | undefined {
  return TOKEN.test(token) ? hashToken(token) : undefined;
}
