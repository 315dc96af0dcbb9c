import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { Problem, unauthenticated } from '../errors/problem.ts';
import { BUS_RECONNECTED, type Bus } from '../events/bus.ts';
import { API_SCOPES, principalFromAppPassword } from './app-passwords.ts';
import { checkOrigin } from './origin-check.ts';
import { createPersonCache, createPersonChanges, type PersonChanges } from './person-cache.ts';
import { type Principal, resolveSession } from './session-store.ts';

export const SESSION_COOKIE = 'allmende_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. */
    principal: Principal | null;
    /** People other than the signed-in one whom this request changes (e.g. an admin's lock). */
    peopleChanged: string[] | null;
  }
  interface FastifyInstance {
    /** Where features' per-person caches hear that a person changed (see person-cache.ts). */
    personChanges: PersonChanges;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The people a successful change may concern: the person who made it, a person the route names as
 * `:personId`, and whoever the handler named with `personChanged()`. Their cached sessions and views
 * are dropped at once.
 */
function peopleConcerned(request: FastifyRequest): string[] {
  const ids: string[] = [];
  if (request.principal) ids.push(request.principal.personId);
  const params = (request.params ?? {}) as Record<string, unknown>;
  if (typeof params.personId === 'string') ids.push(params.personId);
  if (request.peopleChanged) ids.push(...request.peopleChanged);
  return ids;
}

export interface AuthOptions {
  db: Db;
  sessionDays: number;
  secureCookies: boolean;
  allowedOrigins: string[];
  /** How long a resolved session is reused without asking the database; 0 turns the cache off. */
  sessionCacheMs: number;
  /** Carries "this person changed" to the other server processes, so their caches forget at once too. */
  bus?: Bus;
  /** Slows down the guessing of app passwords; the accounts feature hands in its sign-in throttle. */
  appPasswordGuard?: AppPasswordGuard;
}

/** A throttle on failed app-password attempts, handed in so that platform/ knows no feature's rule. */
export interface AppPasswordGuard {
  /** Throws a 429 problem (with `retryAfterSeconds`) while this address, or this e-mail address, must wait. */
  check(request: FastifyRequest, email: string | null): Promise<unknown>;
  /** Counts a failed attempt; `checked` is what `check` returned. */
  failed(request: FastifyRequest, email: string | null, checked: unknown): Promise<void>;
}

const BEARER = /^bearer\s/i;
const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** 401 for an app password that opens nothing, with the challenge RFC 6750 asks for. */
function invalidAppPassword(reply: FastifyReply): Problem {
  reply.header('www-authenticate', 'Bearer realm="Allmende", error="invalid_token"');
  return new Problem(
    401,
    'invalid-app-password',
    'The app password is wrong, revoked or not meant for the API',
    'Create a new app password in your account.',
  );
}

/** What an app password of scope 'api-read' may do: the safe methods, which change nothing. */
const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readOnlyAppPassword(reply: FastifyReply): Problem {
  reply.header('www-authenticate', 'Bearer realm="Allmende", error="insufficient_scope", scope="api"');
  return new Problem(
    403,
    'insufficient-scope',
    'This app password may only read',
    'Its scope is "api-read": it opens GET requests of the API. Create an app password of scope "api" to change something.',
  );
}

/** The bus message that tells every process to forget what it cached of a person; no client receives it. */
export const PERSON_CHANGED = 'person.changed';

/** Reads the session cookie on every request and checks the Origin of every unsafe one. */
export async function registerAuth(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('peopleChanged', null);
  const personChanges = createPersonChanges();
  app.decorate('personChanges', personChanges);
  const sessions = createPersonCache<Principal>({ ttlMs: options.sessionCacheMs });
  personChanges.subscribe((personId) => sessions.forgetPerson(personId));

  // An API client signs in with `Authorization: Bearer <app password>` and no cookie. Without a cookie
  // the browser cannot be made to send it for someone, so the Origin check does not apply. Basic is
  // not read here: browsers keep Basic credentials and would send them to any site's request.
  async function principalFromBearer(request: FastifyRequest, reply: FastifyReply): Promise<Principal> {
    const header = request.headers.authorization as string;
    const key = `bearer:${header}`;
    const cached = sessions.get(key);
    if (cached) return withinScope(cached, request, reply);
    const guard = options.appPasswordGuard;
    let checked: unknown;
    try {
      checked = await guard?.check(request, null);
    } catch (error) {
      const wait = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof wait === 'number') reply.header('retry-after', String(wait));
      throw error;
    }
    const principal = await principalFromAppPassword(options.db, header, API_SCOPES);
    if (!principal) {
      await guard?.failed(request, null, checked);
      throw invalidAppPassword(reply);
    }
    sessions.set(key, principal.personId, principal);
    return withinScope(principal, request, reply);
  }

  /** A token's principal for this request: none once it has expired (also when cached), none to write with 'api-read'. */
  function withinScope(principal: Principal, request: FastifyRequest, reply: FastifyReply): Principal {
    const end = principal.appPasswordExpiresAt;
    if (end != null && end <= Date.now()) throw invalidAppPassword(reply);
    if (principal.appPasswordScope === 'api-read' && !READING_METHODS.has(request.method))
      throw readOnlyAppPassword(reply);
    return principal;
  }

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token && isApi(request.url) && BEARER.test(request.headers.authorization ?? '')) {
      request.principal = await principalFromBearer(request, reply);
      return;
    }
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
  const bus = options.bus;
  if (bus) {
    const unsubscribe = bus.subscribe((event) => {
      if (event.type === PERSON_CHANGED && typeof event.payload.personId === 'string') {
        personChanges.changed(event.payload.personId);
      } else if (event.type === BUS_RECONNECTED) {
        personChanges.changed(null);
      }
    });
    app.addHook('onClose', async () => unsubscribe());
  }
  // In onSend, before the answer leaves: the client's next request, to any process, sees the change.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!UNSAFE.has(request.method) || reply.statusCode >= 400) return payload;
    const people = peopleConcerned(request);
    for (const personId of people) personChanges.changed(personId);
    if (bus) {
      await Promise.all(
        people.map((personId) =>
          // Straight to the bus, not through the outbox: a lost message costs at most SESSION_CACHE_MS.
          bus
            .publish({
              id: `${PERSON_CHANGED}:${personId}:${Date.now()}`,
              position: -1,
              type: PERSON_CHANGED,
              payload: { personId },
              audience: { kind: 'persons', personIds: [] },
              createdAt: new Date().toISOString(),
            })
            .catch((err) => request.log.warn({ err }, 'could not announce a person change')),
        ),
      );
    }
    return payload;
  });
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** Names a person whose cached sessions and views must be forgotten once this request succeeds. */
export function personChanged(request: FastifyRequest, personId: string) {
  request.peopleChanged = [...(request.peopleChanged ?? []), personId];
}

/** The signed-in person, or a 401 problem. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}
