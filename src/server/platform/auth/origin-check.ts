import type { FastifyRequest } from 'fastify';
import { Problem } from '../errors/problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for unsafe methods. A request whose Origin is not ours is refused.
 * A request without Origin is refused when it carries a session cookie, unless the browser marks it
 * same-origin; without a cookie it cannot act for anyone, so API clients may omit the header.
 */
export function checkOrigin(request: FastifyRequest, allowedOrigins: string[], hasSessionCookie: boolean) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin) {
    if (allowedOrigins.includes(origin)) return;
    throw new Problem(403, 'bad-origin', 'Cross-site request refused', `Origin ${origin} is not allowed.`);
  }
  if (!hasSessionCookie) return;
  if (request.headers['sec-fetch-site'] === 'same-origin') return;
  throw new Problem(403, 'bad-origin', 'Cross-site request refused', 'The Origin header is missing.');
}
