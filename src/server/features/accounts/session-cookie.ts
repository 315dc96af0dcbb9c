import type { FastifyReply } from 'fastify';
import type { Deps } from '../../deps.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/plugin.ts';
import { createSession } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { RequestContext } from './request-context.ts';

export interface OpenedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** Starts a session for a person who just proved who they are. */
export function openSession(deps: Deps, tx: Tx, personId: string, ctx: RequestContext): Promise<OpenedSession> {
  return createSession(tx, { personId, days: deps.config.sessionDays, ip: ctx.ip, userAgent: ctx.userAgent });
}

export function giveSessionCookie(deps: Deps, reply: FastifyReply, session: OpenedSession) {
  setSessionCookie(reply, session.token, session.expiresAt, deps.config.environment === 'production');
}

export function takeSessionCookie(deps: Deps, reply: FastifyReply) {
  clearSessionCookie(reply, deps.config.environment === 'production');
}
