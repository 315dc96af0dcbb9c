import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { tagKey } from '../../profiles/tag-key.ts';
import { tagNamed } from '../../profiles/tag-vocabulary.ts';
import { questionTags } from '../../tables.ts';

/**
 * The tags of the shared vocabulary with these names, in the order given, once each: a merged tag
 * becomes the tag it was merged into, a name not known yet a new tag (the profiles' vocabulary decides
 * what counts as the same name).
 */
export async function resolveTags(
  tx: Tx,
  names: readonly string[],
  personId: string,
): Promise<{ id: string; name: string }[]> {
  const seen = new Set<string>();
  const tags: { id: string; name: string }[] = [];
  for (const name of names) {
    const key = tagKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const tag = await tagNamed(tx, name, personId);
    if (!tags.some((t) => t.id === tag.id)) tags.push(tag);
  }
  return tags;
}

/** Replaces a question's tags. */
export async function setQuestionTags(tx: Tx, questionId: string, tagIds: readonly string[]): Promise<void> {
  await tx.delete(questionTags).where(eq(questionTags.questionId, questionId));
  if (tagIds.length > 0) {
    await tx
      .insert(questionTags)
      .values(tagIds.map((tagId) => ({ questionId, tagId })))
      .onConflictDoNothing();
  }
}
