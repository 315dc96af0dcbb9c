import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret of 32 bytes. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The sha256 of a token, which is all the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
