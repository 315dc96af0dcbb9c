import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { textArray, uuidArray } from '../../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../../platform/db/sql-rows.ts';
import { notifyEach } from '../../../notifications/notify.ts';
import type { PurchaseRow } from '../access.ts';
import { cpvGroupOf } from '../cpv/cpv-list.ts';
import { adminsOfOrganisations, neighbourhoodOf } from '../org-reads.ts';
import { type procurementPlans, procurementRadarMatches } from '../tables.ts';

// The bundling radar runs on write: when a plan entry is saved or a joint purchase opened, it looks
// for entries of other organisations in the same CPV group (first three digits) whose periods
// overlap, among the organisations that share an alliance with it or lie in the same Land. Each new
// pair is stored once (smaller ID first, unique) and both organisations' admins are told once.
// Purchases count while open (needs survey, agreement) and only where the other organisation may see
// them (platform, or alliance with that organisation in it), so a proposal never reveals a purchase.

export type RadarEntry =
  | { kind: 'plan'; row: typeof procurementPlans.$inferSelect }
  | { kind: 'purchase'; row: PurchaseRow };

interface Candidate {
  kind: 'plan' | 'purchase';
  id: string;
  organisation_id: string;
  cpv_group: string;
  title: string;
  shared_alliance: string | null;
}

export const OPEN_STAGES = ['needs-survey', 'agreement'];

function entryFacts(entry: RadarEntry) {
  if (entry.kind === 'plan') {
    return { organisationId: entry.row.organisationId, groups: [entry.row.cpvGroup], title: entry.row.title };
  }
  return {
    organisationId: entry.row.ownerOrganisationId,
    groups: [...new Set(entry.row.cpvCodes.map(cpvGroupOf))],
    title: entry.row.subject,
  };
}

/** Entries of other organisations that the radar pairs with this one (see above). */
async function candidatesFor(tx: Tx, entry: RadarEntry): Promise<Candidate[]> {
  const facts = entryFacts(entry);
  const { landCode, allianceIds } = await neighbourhoodOf(tx, facts.organisationId);
  const start = entry.row.periodStart;
  const end = entry.row.periodEnd;
  const mine = facts.organisationId;
  // A purchase of mine is seen by a plan's organisation only if it may see the purchase.
  const purchaseWall =
    entry.kind === 'purchase'
      ? entry.row.visibility === 'platform'
        ? sql`true`
        : entry.row.visibility === 'alliance' && entry.row.allianceId
          ? sql`exists (select 1 from alliance_members am where am.alliance_id = ${entry.row.allianceId}
              and am.organisation_id = o.id and am.status = 'member')`
          : sql`false`
      : sql`true`;
  const rows = await tx.execute(sql`
    with neighbours as (
      select o.id,
        (select am2.alliance_id from alliance_members am2
          where am2.organisation_id = o.id and am2.status = 'member'
            and am2.alliance_id = any(${uuidArray(allianceIds)}) order by am2.alliance_id limit 1) as shared_alliance
      from organisations o
      where o.id <> ${mine}
        and (${landCode === null ? sql`false` : sql`o.land_code = ${landCode}`}
          or exists (select 1 from alliance_members am where am.organisation_id = o.id and am.status = 'member'
            and am.alliance_id = any(${uuidArray(allianceIds)})))
        and ${purchaseWall}
    )
    select 'plan' as kind, p.id, p.organisation_id, p.cpv_group, p.title, n.shared_alliance
      from procurement_plans p join neighbours n on n.id = p.organisation_id
      where p.cpv_group = any(${textArray(facts.groups)})
        and p.period_start <= ${end} and p.period_end >= ${start}
    union all
    select 'purchase', u.id, u.owner_organisation_id, g.grp, u.subject, n.shared_alliance
      from procurement_purchases u join neighbours n on n.id = u.owner_organisation_id
      cross join lateral (select min(left(c, 3)) as grp from unnest(u.cpv_codes) c
        where left(c, 3) = any(${textArray(facts.groups)})) g
      where g.grp is not null and u.stage = any(${textArray(OPEN_STAGES)})
        and u.period_start <= ${end} and u.period_end >= ${start}
        and (u.visibility = 'platform'
          or (u.visibility = 'alliance' and u.alliance_id is not null and u.alliance_id = any(${uuidArray(allianceIds)})))
    limit 200`);
  return rowsOf<Candidate>(rows);
}

/**
 * Compares one entry with the others, stores each new pair and tells both organisations' admins.
 * Returns how many new proposals were made.
 */
export async function matchEntry(tx: Tx, entry: RadarEntry): Promise<number> {
  if (entry.kind === 'purchase' && !OPEN_STAGES.includes(entry.row.stage)) return 0;
  const facts = entryFacts(entry);
  const candidates = await candidatesFor(tx, entry);
  let made = 0;
  for (const c of candidates) {
    const mineFirst = entry.row.id < c.id;
    const me = { kind: entry.kind, id: entry.row.id, organisationId: facts.organisationId };
    const them = { kind: c.kind, id: c.id, organisationId: c.organisation_id };
    const [first, second] = mineFirst ? [me, them] : [them, me];
    const inserted = await tx
      .insert(procurementRadarMatches)
      .values({
        id: newId(),
        firstKind: first.kind,
        firstId: first.id,
        firstOrganisationId: first.organisationId,
        secondKind: second.kind,
        secondId: second.id,
        secondOrganisationId: second.organisationId,
        cpvGroup: c.cpv_group,
        reason: c.shared_alliance ? 'alliance' : 'land',
        allianceId: c.shared_alliance,
      })
      .onConflictDoNothing()
      .returning({ id: procurementRadarMatches.id });
    if (inserted.length === 0) continue;
    made += 1;
    const [mineAdmins, theirAdmins] = [
      await adminsOfOrganisations(tx, [facts.organisationId]),
      await adminsOfOrganisations(tx, [c.organisation_id]),
    ];
    await notifyEach(tx, [
      {
        personIds: mineAdmins,
        notification: {
          kind: 'procurement-radar-match',
          data: { title: c.title, mine: facts.title, cpvGroup: c.cpv_group },
          link: '/services/procurement/radar',
        },
      },
      {
        personIds: theirAdmins,
        notification: {
          kind: 'procurement-radar-match',
          data: { title: facts.title, mine: c.title, cpvGroup: c.cpv_group },
          link: '/services/procurement/radar',
        },
      },
    ]);
  }
  return made;
}

/** Removes an entry's proposals (the entry was deleted). */
export async function forgetEntry(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`delete from procurement_radar_matches where first_id = ${id} or second_id = ${id}`);
}
