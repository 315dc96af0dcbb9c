import { and, eq, sql } from 'drizzle-orm';
import type { ExpertiseInput, LevelInput, PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { networkEndorsements, networkExpertise, networkExpertiseProofs } from '../tables.ts';
import { personProfileIn } from './person-profile.ts';
import { tagKey } from './tag-key.ts';
import { liveTag, tagNamed } from './tag-vocabulary.ts';

/** How many accepted answers of the person are to published questions with the tag. */
export async function acceptedAnswerCount(tx: Tx, personId: string, tagId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from answers a
      join questions q on q.accepted_answer_id = a.id
      join question_tags qt on qt.question_id = q.id and qt.tag_id = ${tagId}
      where a.author_id = ${personId} and a.state = 'published' and q.state = 'published'`),
  );
  return Number(row?.n ?? 0);
}

/** Adds an expertise (an existing tag, or a name that becomes a tag when its folded name is new) or changes its level. */
export async function addExpertise(db: Db, principal: Principal | null, input: ExpertiseInput): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  const byName = input.name !== undefined;
  if (byName === (input.tagId !== undefined)) {
    throw invalid([{ field: '/name', message: 'Give either a tag (tagId) or a name, not both.' }]);
  }
  if (byName && tagKey(input.name ?? '') === '') {
    throw invalid([{ field: '/name', message: 'The name needs letters or digits.' }]);
  }
  const personId = principal.personId;
  return db.transaction(async (tx) => {
    const tag = byName ? await tagNamed(tx, input.name ?? '', personId) : await liveTag(tx, input.tagId ?? '');
    const accepted = await acceptedAnswerCount(tx, personId, tag.id);
    await tx
      .insert(networkExpertise)
      .values({ personId, tagId: tag.id, level: input.level, acceptedAnswerCount: accepted })
      .onConflictDoUpdate({
        target: [networkExpertise.personId, networkExpertise.tagId],
        set: { level: input.level, acceptedAnswerCount: accepted },
      });
    return personProfileIn(tx, personId, personId);
  });
}

/** Changes the level of one of my expertises; 404 when I do not have it. */
export async function changeLevel(
  db: Db,
  principal: Principal | null,
  tagId: string,
  input: LevelInput,
): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  const personId = principal.personId;
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(networkExpertise)
      .set({ level: input.level })
      .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tagId)))
      .returning({ tagId: networkExpertise.tagId });
    if (changed.length === 0) throw notFound('Expertise');
    return personProfileIn(tx, personId, personId);
  });
}

/** Removes one of my expertises with its proofs and the endorsements it had. */
export async function removeExpertise(db: Db, principal: Principal | null, tagId: string): Promise<void> {
  if (!principal) throw unauthenticated();
  const personId = principal.personId;
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(networkExpertise)
      .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tagId)))
      .returning({ tagId: networkExpertise.tagId });
    if (removed.length === 0) throw notFound('Expertise');
    await tx
      .delete(networkExpertiseProofs)
      .where(and(eq(networkExpertiseProofs.personId, personId), eq(networkExpertiseProofs.tagId, tagId)));
    await tx
      .delete(networkEndorsements)
      .where(and(eq(networkEndorsements.personId, personId), eq(networkEndorsements.tagId, tagId)));
  });
}
