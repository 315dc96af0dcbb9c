import { eq, like, or, sql } from 'drizzle-orm';
import type { CommunityDetail, CreateCommunityInput } from '../../../../shared/contracts/network-communities.ts';
import { firstFreeSlug } from '../../../../shared/reserved-slugs.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, invalid } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import { foldForSlug, SLUG_MAX } from '../../alliances/slug.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { communities, communityMembers } from '../tables.ts';
import { type CommunityActor, loadCommunity } from './community-access.ts';
import { communityDetail } from './community-views.ts';

/** The URL name of a community: its name in lower-case ASCII words (ä → ae …), cut at a word boundary. */
export function communitySlugBase(name: string): string {
  const folded = foldForSlug(name);
  if (folded.length <= SLUG_MAX) return folded || 'fachgruppe';
  const cut = folded.slice(0, SLUG_MAX);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > SLUG_MAX / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
}

async function slugsLike(tx: Tx, base: string): Promise<string[]> {
  const rows = await tx
    .select({ slug: communities.slug })
    .from(communities)
    .where(or(eq(communities.slug, base), like(communities.slug, `${base}-%`)));
  return rows.map((r) => r.slug);
}

/** A community's name as typed: one line, inner whitespace collapsed; 400 naming the field when empty. */
export function cleanCommunityName(name: string): string {
  const clean = singleLine(name).replace(/\s+/g, ' ').trim();
  if (clean === '') throw invalid([{ field: '/name', message: 'must not be empty' }]);
  return clean;
}

/**
 * A new community; its founder (anyone signed in with a confirmed home organisation) becomes its first
 * moderator. The slug is made from the name, the next free one when it is taken.
 */
export async function createCommunity(
  deps: Deps,
  actor: CommunityActor,
  input: CreateCommunityInput,
): Promise<CommunityDetail> {
  const name = cleanCommunityName(input.name);
  const base = communitySlugBase(name);
  return deps.db.transaction(async (tx) => {
    const membership = await membershipOf(tx, actor.personId);
    if (membership?.status !== 'confirmed') {
      throw forbidden('Communities are founded by people with a confirmed home organisation.');
    }
    // Two founders of equal names at once: the second waits and takes the next free slug.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`community-slug:${base}`}))`);
    const id = newId();
    const slug = firstFreeSlug(base, await slugsLike(tx, base));
    await tx.insert(communities).values({
      id,
      slug,
      name,
      description: (input.description ?? '').trim(),
      joinPolicy: input.joinPolicy ?? 'open',
      approveFirstPosts: input.approveFirstPosts ?? false,
      createdBy: actor.personId,
    });
    await tx.insert(communityMembers).values({
      communityId: id,
      personId: actor.personId,
      role: 'moderator',
      status: 'member',
      trusted: true,
      joinedAt: new Date(),
    });
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.community_created',
      subjectType: 'community',
      subjectId: id,
      organisationId: membership.organisationId,
      ip: actor.ip,
      details: { name, slug, joinPolicy: input.joinPolicy ?? 'open' },
    });
    await emit(tx, {
      type: 'network.community.created',
      payload: { communityId: id, slug },
      audience: { kind: 'persons', personIds: [actor.personId] },
    });
    const { community, standing } = await loadCommunity(tx, actor.personId, id);
    return communityDetail(tx, actor.personId, community, standing);
  });
}
