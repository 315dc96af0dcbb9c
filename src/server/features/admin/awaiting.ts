import type { Static } from 'typebox';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Db } from '../../platform/db/client.ts';
import { allianceInvitationsAwaiting } from '../alliances/awaiting.ts';
import { reviewsAwaiting } from '../atlas/awaiting.ts';
import { membershipRequestsAwaiting } from '../organisations/awaiting.ts';
import { joinRequestsAwaiting } from '../workspaces/awaiting.ts';
import { legalPagesAwaiting } from './awaiting-legal.ts';
import type { Awaiting, AwaitingKind } from './schema.ts';

type Item = Static<typeof Awaiting>['items'][number];

const item = (kind: AwaitingKind, count: number, target: Partial<Pick<Item, 'organisation' | 'workspace'>> = {}) => ({
  kind,
  count,
  organisation: target.organisation ?? null,
  workspace: target.workspace ?? null,
});

/**
 * What waits for this person's answer, by kind, each feature asked by its own rule of who answers:
 * reviews and unfilled legal pages for platform admins, membership requests and alliance invitations
 * for organisation admins, join requests for workspace owners. Kinds with nothing waiting are left out.
 */
export async function awaitingFor(db: Db, principal: Principal): Promise<Static<typeof Awaiting>> {
  const person = { personId: principal.personId, isPlatformAdmin: principal.isPlatformAdmin };
  // One after the other: PGlite runs one query at a time anyway, and the pool stays free for others.
  const reviews = await reviewsAwaiting(db, person);
  const legal = await legalPagesAwaiting(db, person);
  const requests = await membershipRequestsAwaiting(db, person);
  const invitations = await allianceInvitationsAwaiting(db, person);
  const joins = await joinRequestsAwaiting(db, person);
  const items = [
    item('atlas-reviews', reviews),
    ...requests.administered.map((r) => item('membership-requests', r.count, { organisation: r.organisation })),
    // Without an organisation: the requests of organisations that have no admin, listed in the people page.
    item('membership-requests', requests.withoutAdmin),
    item('alliance-invitations', invitations),
    ...joins.map((j) => item('workspace-join-requests', j.count, { workspace: j.workspace })),
    item('legal-pages', legal),
  ].filter((i) => i.count > 0);
  return { total: items.reduce((sum, i) => sum + i.count, 0), items };
}
