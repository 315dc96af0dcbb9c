import { and, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/client.ts';
import { allianceMembers } from '../../alliances/tables.ts';
import { organisationMemberships } from '../../organisations/tables.ts';
import type { PageRow } from '../queries.ts';
import { contentPages } from '../tables.ts';

/**
 * Which organisations see a shared page: with `platform`, every organisation; with `alliances`, the
 * organisations that are full members of an alliance the owner is a full member of. The owner itself
 * sees its pages as a member, not through sharing.
 */
export async function sharedPageVisibleTo(tx: Tx, page: PageRow, organisationId: string): Promise<boolean> {
  if (!page.sharedWith || page.organisationId === organisationId) return false;
  if (page.sharedWith === 'platform') return true;
  const mates = await allianceMatesOf(tx, organisationId);
  return mates.includes(page.organisationId);
}

/** The organisations sharing a full alliance membership with this one. */
export async function allianceMatesOf(tx: Tx, organisationId: string): Promise<string[]> {
  const other = alias(allianceMembers, 'other');
  const rows = await tx
    .selectDistinct({ organisationId: other.organisationId })
    .from(allianceMembers)
    .innerJoin(other, and(eq(other.allianceId, allianceMembers.allianceId), eq(other.status, 'member')))
    .where(
      and(
        eq(allianceMembers.organisationId, organisationId),
        eq(allianceMembers.status, 'member'),
        ne(other.organisationId, organisationId),
      ),
    );
  return rows.map((r) => r.organisationId);
}

/** The condition on content_pages for the shared pages another organisation sees. */
export function sharedWithCondition(organisationId: string, allianceMates: readonly string[]): SQL {
  const audience =
    allianceMates.length > 0
      ? or(
          eq(contentPages.sharedWith, 'platform'),
          and(eq(contentPages.sharedWith, 'alliances'), inArray(contentPages.organisationId, [...allianceMates])),
        )
      : eq(contentPages.sharedWith, 'platform');
  return and(ne(contentPages.organisationId, organisationId), audience) as SQL;
}

/** The people who write the organisations' content (confirmed admins and editors): who hears of changes. */
export async function contentWritersOf(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await tx
    .select({ personId: organisationMemberships.personId })
    .from(organisationMemberships)
    .where(
      and(
        inArray(organisationMemberships.organisationId, [...organisationIds]),
        eq(organisationMemberships.status, 'confirmed'),
        inArray(organisationMemberships.role, ['admin', 'editor']),
      ),
    );
  return rows.map((r) => r.personId);
}
