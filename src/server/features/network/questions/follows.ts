import { and, asc, eq, isNull } from 'drizzle-orm';
import type { TagRef } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { networkTags, questionFollows, tagFollows } from '../tables.ts';
import { requireVisibleQuestion } from './question-access.ts';

/** Follows a question the person may see (or stops following it). */
export async function followQuestionCommand(deps: Deps, personId: string, questionId: string, on: boolean) {
  await deps.db.transaction(async (tx) => {
    await requireVisibleQuestion(tx, questionId, personId);
    const row = and(eq(questionFollows.questionId, questionId), eq(questionFollows.personId, personId));
    if (on) await tx.insert(questionFollows).values({ questionId, personId }).onConflictDoNothing();
    else await tx.delete(questionFollows).where(row);
  });
  return { following: on };
}

/** Follows a tag of the vocabulary (or stops following it); 404 for an unknown or merged tag. */
export async function followTagCommand(deps: Deps, personId: string, tagId: string, on: boolean) {
  await deps.db.transaction(async (tx) => {
    if (on) {
      const [tag] = await tx
        .select({ id: networkTags.id })
        .from(networkTags)
        .where(and(eq(networkTags.id, tagId), isNull(networkTags.mergedInto)));
      if (!tag) throw notFound('Tag');
      await tx.insert(tagFollows).values({ tagId, personId }).onConflictDoNothing();
    } else {
      await tx.delete(tagFollows).where(and(eq(tagFollows.tagId, tagId), eq(tagFollows.personId, personId)));
    }
  });
  return { following: on };
}

/** The tags the person follows, by name. */
export async function followedTags(deps: Deps, personId: string): Promise<TagRef[]> {
  return deps.db
    .select({ id: networkTags.id, name: networkTags.name })
    .from(tagFollows)
    .innerJoin(networkTags, eq(networkTags.id, tagFollows.tagId))
    .where(eq(tagFollows.personId, personId))
    .orderBy(asc(networkTags.name));
}
