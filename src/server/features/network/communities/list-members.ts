import { and, asc, eq } from 'drizzle-orm';
import type { CommunityMembers } from '../../../../shared/contracts/network-communities.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { canModerateCommunity, canReadCommunityContent } from '../policy.ts';
import { communityMembers } from '../tables.ts';
import { loadCommunity } from './community-access.ts';
import { peopleWithOrganisations } from './community-views.ts';

/**
 * The community's members with their organisations, moderators first: for an open community anyone
 * signed in sees them, for one joined by request only its members (404 for anyone else). Moderators
 * also see the open requests with their notes.
 */
export async function listMembers(db: Db, personId: string, idOrSlug: string): Promise<CommunityMembers> {
  return db.transaction(async (tx) => {
    const { community, standing } = await loadCommunity(tx, personId, idOrSlug);
    if (!canReadCommunityContent(standing)) throw notFound('Community');
    const rows = await tx
      .select({
        personId: communityMembers.personId,
        role: communityMembers.role,
        status: communityMembers.status,
        note: communityMembers.requestNote,
        createdAt: communityMembers.createdAt,
        joinedAt: communityMembers.joinedAt,
      })
      .from(communityMembers)
      .innerJoin(persons, eq(persons.id, communityMembers.personId))
      .where(and(eq(communityMembers.communityId, community.id)))
      .orderBy(asc(persons.name), asc(persons.id));
    const people = new Map(
      (
        await peopleWithOrganisations(
          tx,
          rows.map((r) => r.personId),
        )
      ).map((p) => [p.id, p]),
    );
    const members = rows
      .filter((r) => r.status === 'member')
      .sort((a, b) => Number(b.role === 'moderator') - Number(a.role === 'moderator'))
      .flatMap((r) => {
        const person = people.get(r.personId);
        if (!person) return [];
        return [
          {
            ...person,
            role: r.role as 'moderator' | 'member',
            joinedAt: r.joinedAt ? r.joinedAt.toISOString() : null,
          },
        ];
      });
    const requests = canModerateCommunity(standing)
      ? rows
          .filter((r) => r.status === 'requested')
          .flatMap((r) => {
            const person = people.get(r.personId);
            return person ? [{ ...person, note: r.note, requestedAt: r.createdAt.toISOString() }] : [];
          })
      : [];
    return { members, requests };
  });
}
