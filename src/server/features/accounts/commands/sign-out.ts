import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { placeOfAddress } from '../../../platform/geo/address-country.ts';
import { mayEndSession } from '../policy.ts';
import { deleteSessionOf, deleteSessionsOf, openSessionsOf, sessionById } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';

/** Ends the current session (or, with `everywhere`, every session of the person). */
export async function signOut(deps: Deps, principal: Principal, ctx: RequestContext, everywhere = false) {
  await deps.db.transaction(async (tx) => {
    if (everywhere) await deleteSessionsOf(tx, principal.personId);
    else await deleteSessionOf(tx, principal.personId, principal.sessionId);
    await audit(tx, {
      actorId: principal.personId,
      action: 'auth.logout',
      subjectType: 'person',
      subjectId: principal.personId,
      ip: ctx.ip,
      details: everywhere ? { everywhere: true } : undefined,
    });
  });
}

export async function listSessions(deps: Deps, principal: Principal) {
  const rows = await openSessionsOf(deps.db, principal.personId);
  return Promise.all(
    rows.map(async (s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      ip: s.ip,
      userAgent: s.userAgent,
      place: await placeOfAddress(s.ip),
      current: s.id === principal.sessionId,
    })),
  );
}

/** Ends one of the person's own sessions; someone else's session is unknown to them (404). */
export async function endSession(deps: Deps, principal: Principal, sessionId: string): Promise<void> {
  const session = await sessionById(deps.db, sessionId);
  if (!session || !mayEndSession(principal, session)) throw notFound('Session');
  await deleteSessionOf(deps.db, principal.personId, sessionId);
}
