import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { unauthenticated } from '../errors/problem.ts';
import { checkOrigin } from './origin-check.ts';
import { createPersonCache, createPersonChanges, type PersonChanges } from './person-cache.ts';
import { type Principal, resolveSession } from './session-store.ts';

export const SESSION_COOKIE = 'allmende_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. */
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Where features' per-person caches hear that a person changed (see person-cache.ts). */
    personChanges: PersonChanges;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The people a successful change may concern: the person who made it, and a person the route names
 * (`:personId`, or `:id` under /api/admin/persons). Their cached sessions and views are dropped at once.
 */
function peopleConcerned(request: FastifyRequest): string[] {
  const ids: string[] = [];
  if (request.principal) ids.push(request.principal.personId);
  const params = (request.params ?? {}) as Record<string, unknown>;
  if (typeof params.personId === 'string') ids.push(params.personId);
  if (typeof params.id === 'string' && request.url.startsWith('/api/admin/persons/')) ids.push(params.id);
  return ids;
}

export interface AuthOptions {
  db: Db;
  sessionDays: number;
  secureCookies: boolean;
  allowedOrigins: string[];
  /** How long a resolved session is reused without asking the database; 0 turns the cache off. */
  sessionCacheMs: number;
}

/** Reads the session cookie on every request and checks the Origin of every unsafe one. */
export async function registerAuth(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie);
  app.decorateRequest('principal', null);
  const personChanges = createPersonChanges();
  app.decorate('personChanges', personChanges);
  const sessions = createPersonCache<Principal>({ ttlMs: options.sessionCacheMs });
  personChanges.subscribe((personId) => sessions.forgetPerson(personId));

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    checkOrigin(request, options.allowedOrigins, Boolean(token));
    if (!token) return;
    const cached = sessions.get(token);
    if (cached) {
      request.principal = cached;
      return;
    }
    request.principal = await resolveSession(options.db, token, options.sessionDays);
    if (request.principal) sessions.set(token, request.principal.personId, request.principal);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (!UNSAFE.has(request.method) || reply.statusCode >= 400) return;
    for (const personId of peopleConcerned(request)) personChanges.changed(personId);
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
