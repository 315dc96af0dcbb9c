import { and, asc, count, eq, exists, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { AllianceMemberStatus } from './queries.ts';
import { allianceMembers, alliances } from './tables.ts';

export interface ListFilter {
  q?: string | undefined;
  /** Only alliances this organisation belongs to (or is invited to, when `statuses` includes it). */
  organisationId?: string | undefined;
  statuses?: AllianceMemberStatus[];
  /** The viewer's organisation, to report its status in each alliance. */
  viewerOrganisationId?: string | undefined;
  /** Statuses the viewer may learn about (invitations are for admins). */
  viewerStatuses?: AllianceMemberStatus[];
  limit: number;
  offset: number;
}

export interface ListItem {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  createdAt: Date;
  memberCount: number;
  myStatus: AllianceMemberStatus | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Alliances by name, with their member counts; filtered by a search term and by an organisation. */
export async function listAlliances(
  tx: Tx,
  filter: ListFilter & { slugQuery?: string | undefined },
): Promise<{ items: ListItem[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const byName = sql`${alliances.name} ilike ${`%${escapeLike(filter.q)}%`}`;
    conditions.push(
      filter.slugQuery ? (or(byName, like(alliances.slug, `%${escapeLike(filter.slugQuery)}%`)) as SQL) : byName,
    );
  }
  if (filter.organisationId) {
    conditions.push(
      exists(
        tx
          .select({ one: sql`1` })
          .from(allianceMembers)
          .where(
            and(
              eq(allianceMembers.allianceId, alliances.id),
              eq(allianceMembers.organisationId, filter.organisationId),
              inArray(allianceMembers.status, filter.statuses ?? ['member']),
            ),
          ),
      ),
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const memberCount = sql<number>`(select count(*) from ${allianceMembers} m where m.alliance_id = ${alliances.id} and m.status = 'member')`;
  const myStatus = filter.viewerOrganisationId
    ? sql<AllianceMemberStatus | null>`(select m.status from ${allianceMembers} m where m.alliance_id = ${alliances.id} and m.organisation_id = ${filter.viewerOrganisationId} and m.status in ${filter.viewerStatuses ?? ['member']})`
    : sql<null>`null`;
  const [rows, totals] = await Promise.all([
    tx
      .select({
        id: alliances.id,
        name: alliances.name,
        slug: alliances.slug,
        description: alliances.description,
        createdAt: alliances.createdAt,
        memberCount: memberCount.mapWith(Number),
        myStatus,
      })
      .from(alliances)
      .where(where)
      .orderBy(sql`lower(${alliances.name})`, asc(alliances.id))
      .limit(filter.limit)
      .offset(filter.offset),
    tx.select({ total: count() }).from(alliances).where(where),
  ]);
  return { items: rows, total: Number(totals[0]?.total ?? 0) };
}
