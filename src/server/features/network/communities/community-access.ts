import { eq } from 'drizzle-orm';
import type { MyStanding } from '../../../../shared/contracts/network-communities.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { communityStanding } from '../community-standing.ts';
import {
  type CommunityStanding,
  canModerateCommunity,
  canPostInCommunity,
  canReadCommunityContent,
} from '../policy.ts';
import { communities } from '../tables.ts';

export type CommunityRow = typeof communities.$inferSelect;

/** Who acts, and from where (for the audit log). */
export interface CommunityActor {
  personId: string;
  name: string;
  ip: string | null;
}

export function actorOf(principal: Principal | null, ip: string | null): CommunityActor {
  if (!principal) throw unauthenticated();
  return { personId: principal.personId, name: principal.name, ip };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A community by its ID or its slug, locked for the rest of the transaction when `lock` is set. */
export async function findCommunity(tx: Tx, idOrSlug: string, lock = false): Promise<CommunityRow | null> {
  const where = UUID.test(idOrSlug) ? eq(communities.id, idOrSlug.toLowerCase()) : eq(communities.slug, idOrSlug);
  const query = tx.select().from(communities).where(where);
  const [row] = await (lock ? query.for('update') : query);
  return row ?? null;
}

/** A community with the person's standing in it; 404 when it does not exist. Everyone signed in sees it. */
export async function loadCommunity(
  tx: Tx,
  personId: string,
  idOrSlug: string,
  lock = false,
): Promise<{ community: CommunityRow; standing: CommunityStanding }> {
  const community = await findCommunity(tx, idOrSlug, lock);
  if (!community) throw notFound('Community');
  const standing = await communityStanding(tx, community.id, personId);
  if (!standing) throw notFound('Community');
  return { community, standing };
}

/**
 * For moderators' actions: the community, when the person moderates it. Members and (in an open
 * community) anyone else get 403; outsiders of a `request` community, whose inside is hidden, 404.
 */
export async function loadModeratedCommunity(tx: Tx, personId: string, idOrSlug: string) {
  const loaded = await loadCommunity(tx, personId, idOrSlug, true);
  if (canModerateCommunity(loaded.standing)) return loaded;
  if (!canReadCommunityContent(loaded.standing)) throw notFound('Community');
  throw forbidden('Only the community’s moderators may do this.');
}

/** The standing as the API shows it (the contract every concern of the network reads). */
export function myStandingOf(standing: CommunityStanding): MyStanding {
  const member = standing.member?.status === 'member';
  return {
    member,
    role: member ? (standing.member?.role ?? null) : null,
    requested: standing.member?.status === 'requested',
    canPost: canPostInCommunity(standing),
    canModerate: canModerateCommunity(standing),
  };
}
