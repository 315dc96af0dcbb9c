import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { unauthenticated } from '../errors/problem.ts';
import { checkOrigin } from './origin-check.ts';
import { type Principal, resolveSession } from './session-store.ts';

export const SESSION_COOKIE = 'allmende_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. */
    principal: Principal | null;
  }
}

export interface AuthOptions {
  db: Db;
  sessionDays: number;
  secureCookies: boolean;
  allowedOrigins: string[];
}

/** Reads the session cookie on every request and checks the Origin of every unsafe one. */
export async function registerAuth(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token ? await resolveSession(options.db, token, options.sessionDays) : null;
    checkOrigin(request, options.allowedOrigins, Boolean(token));
  });
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The signed-in person, or a 401 problem. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}
