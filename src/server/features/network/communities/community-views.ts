import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  COMMUNITY_LIMITS,
  type CommunityDetail,
  type CommunityPerson,
  type CommunitySummary,
} from '../../../../shared/contracts/network-communities.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { organisationMemberships, organisations } from '../../organisations/tables.ts';
import type { CommunityStanding } from '../policy.ts';
import { communities, communityMembers, questions, wikiPages } from '../tables.ts';
import { type CommunityRow, myStandingOf } from './community-access.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Communities matching `where`, with their member counts and the person's place in each, one page of them. */
export async function communitySummaries(
  tx: Tx,
  personId: string,
  where: SQL | undefined,
  orderBy: SQL[] = [asc(sql`lower(${communities.name})`), asc(communities.id)],
  page: { limit: number; offset: number } = { limit: COMMUNITY_LIMITS.maxPageSize, offset: 0 },
): Promise<CommunitySummary[]> {
  const memberCount = sql<number>`(select count(*)::int from ${communityMembers} cm where cm.community_id = ${communities.id} and cm.status = 'member')`;
  const rows = await tx
    .select({
      id: communities.id,
      slug: communities.slug,
      name: communities.name,
      description: communities.description,
      joinPolicy: communities.joinPolicy,
      approveFirstPosts: communities.approveFirstPosts,
      archivedAt: communities.archivedAt,
      memberCount,
      myStatus: communityMembers.status,
      myRole: communityMembers.role,
    })
    .from(communities)
    .leftJoin(
      communityMembers,
      and(eq(communityMembers.communityId, communities.id), eq(communityMembers.personId, personId)),
    )
    .where(where)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    joinPolicy: r.joinPolicy as CommunitySummary['joinPolicy'],
    approveFirstPosts: r.approveFirstPosts,
    archivedAt: iso(r.archivedAt),
    memberCount: Number(r.memberCount),
    myStatus: (r.myStatus as CommunitySummary['myStatus']) ?? null,
    myRole: r.myStatus === 'member' ? (r.myRole as CommunitySummary['myRole']) : null,
  }));
}

/** People with their home organisation's name, in the order given. */
export async function peopleWithOrganisations(tx: Tx, personIds: readonly string[]): Promise<CommunityPerson[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .select({ id: persons.id, name: persons.name, organisationName: organisations.name })
    .from(persons)
    .leftJoin(
      organisationMemberships,
      and(eq(organisationMemberships.personId, persons.id), eq(organisationMemberships.status, 'confirmed')),
    )
    .leftJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(inArray(persons.id, [...personIds]));
  const byId = new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, organisationName: r.organisationName ?? null }]),
  );
  return personIds.flatMap((id) => byId.get(id) ?? []);
}

/** One community as its page shows it, for a person with the given standing. */
export async function communityDetail(
  tx: Tx,
  personId: string,
  community: CommunityRow,
  standing: CommunityStanding,
): Promise<CommunityDetail> {
  const [[summary], moderatorRows, [questionCount], [wikiCount]] = await inTurn([
    () => communitySummaries(tx, personId, eq(communities.id, community.id)),
    tx
      .select({ personId: communityMembers.personId })
      .from(communityMembers)
      .innerJoin(persons, eq(persons.id, communityMembers.personId))
      .where(
        and(
          eq(communityMembers.communityId, community.id),
          eq(communityMembers.role, 'moderator'),
          eq(communityMembers.status, 'member'),
        ),
      )
      .orderBy(asc(persons.name)),
    tx
      .select({ n: count() })
      .from(questions)
      .where(and(eq(questions.communityId, community.id), eq(questions.state, 'published'))),
    tx
      .select({ n: count() })
      .from(wikiPages)
      .where(and(eq(wikiPages.communityId, community.id), isNull(wikiPages.deletedAt))),
  ]);
  const myStanding = myStandingOf(standing);
  return {
    ...(summary as CommunitySummary),
    createdAt: community.createdAt.toISOString(),
    moderators: await peopleWithOrganisations(
      tx,
      moderatorRows.map((m) => m.personId),
    ),
    questionCount: Number(questionCount?.n ?? 0),
    wikiPageCount: Number(wikiCount?.n ?? 0),
    hasChannel: community.channelId !== null,
    channelId: myStanding.member ? community.channelId : null,
    myStanding,
  };
}
