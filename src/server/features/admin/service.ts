import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound, Problem } from '../../platform/errors/problem.ts';
import type { RequestContext } from '../accounts/request-context.ts';
import { lockRefusal } from './policy.ts';
import { endAllSessions, personLockState, setLocked } from './queries.ts';

/** Locks a person out: their sessions end at once and sign-in is refused. Locking again changes nothing. */
export async function lockPerson(deps: Deps, admin: Principal, personId: string, ctx: RequestContext) {
  if (lockRefusal(admin, personId)) {
    throw new Problem(403, 'cannot-lock-self', 'You cannot lock your own account');
  }
  await deps.db.transaction(async (tx) => {
    if (!(await personLockState(tx, personId))) throw notFound('Person');
    if (!(await setLocked(tx, personId, true))) return;
    await endAllSessions(tx, personId);
    await audit(tx, {
      actorId: admin.personId,
      action: 'account.locked',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
    });
  });
}

export async function unlockPerson(deps: Deps, admin: Principal, personId: string, ctx: RequestContext) {
  await deps.db.transaction(async (tx) => {
    if (!(await personLockState(tx, personId))) throw notFound('Person');
    if (!(await setLocked(tx, personId, false))) return;
    await audit(tx, {
      actorId: admin.personId,
      action: 'account.unlocked',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
    });
  });
}
