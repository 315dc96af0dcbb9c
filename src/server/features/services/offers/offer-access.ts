import { eq, type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import type { OfferViewer } from './policy.ts';
import { serviceOffers } from './tables.ts';

export type OfferRow = typeof serviceOffers.$inferSelect;

/** Who acts, and from where (for the audit log and notifications). */
export interface OfferActor {
  viewer: OfferViewer;
  name: string;
  ip: string | null;
}

/** The signed-in actor with their confirmed home organisation; 401 when signed out. */
export async function offerActorOf(tx: Tx, principal: Principal | null, ip: string | null): Promise<OfferActor> {
  if (!principal) throw unauthenticated();
  const membership = await membershipOf(tx, principal.personId);
  return {
    viewer: {
      personId: principal.personId,
      organisation:
        membership?.status === 'confirmed' ? { id: membership.organisationId, role: membership.role } : null,
    },
    name: principal.name,
    ip,
  };
}

/** Today as a calendar day in Berlin, where the offers' terms are meant. */
export function berlinToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/**
 * The condition that the viewer sees the offer: its own organisation always; others while it is not
 * withdrawn and its audience reaches them (everyone signed in; the member organisations of its
 * alliance; the organisations of its Land). Only the viewer's confirmed organisation counts, so the
 * search over everything passes its searcher's (search/offers-group.ts).
 */
export function offerVisibleSql(viewer: { organisation: { id: string } | null }): SQL {
  const own = viewer.organisation?.id ?? null;
  if (own === null) return sql`(${serviceOffers.withdrawnAt} is null and ${serviceOffers.audience} = 'platform')`;
  return sql`(${serviceOffers.organisationId} = ${own} or (${serviceOffers.withdrawnAt} is null and (
    ${serviceOffers.audience} = 'platform'
    or (${serviceOffers.audience} = 'alliance' and exists (select 1 from alliance_members am
      where am.alliance_id = ${serviceOffers.allianceId} and am.organisation_id = ${own} and am.status = 'member'))
    or (${serviceOffers.audience} = 'land' and ${serviceOffers.landCode} = (select land_code from organisations where id = ${own})))))`;
}

/** An offer the viewer sees, locked for the rest of the transaction when `lock` is set; 404 otherwise. */
export async function loadVisibleOffer(tx: Tx, viewer: OfferViewer, id: string, lock = false): Promise<OfferRow> {
  const query = tx
    .select()
    .from(serviceOffers)
    .where(sql`${eq(serviceOffers.id, id.toLowerCase())} and ${offerVisibleSql(viewer)}`);
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw notFound('Offer');
  return row;
}
