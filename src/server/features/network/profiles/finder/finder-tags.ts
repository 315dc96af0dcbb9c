import { sql } from 'drizzle-orm';
import type { PeopleQuery } from '../../../../../shared/contracts/network-profiles.ts';
import type { Tx } from '../../../../platform/db/client.ts';
import { rowsOf } from '../../../../platform/db/sql-rows.ts';
import { likePrefix, prefixTsQuery, tagKey } from '../tag-key.ts';
import { liveTag } from '../tag-vocabulary.ts';

// The tags the expert finder searches by, resolved once per request in a statement of their own, so
// that the page's statement receives them as an array (`tag_id = any($ids)`) and PostgreSQL plans the
// expertise rows by the tag index with the real tags in hand. Full text on the name (each word a
// prefix) and a prefix of the folded key come first; the trigram similarity that forgives a typo reads
// every tag and is asked only when those find nothing.

/** Tags matched by the words at most; prefix matches of the key first, then the closest. */
export const MAX_FINDER_TAGS = 50;

/**
 * The IDs of the tags to search by: the chosen tag (a merged tag's ID leads to the tag it became), or
 * the live tags the words match. Null when neither a tag nor searchable words were given.
 */
export async function finderTagIds(tx: Tx, query: PeopleQuery): Promise<string[] | null> {
  if (query.tag !== undefined) {
    const tag = await liveTag(tx, query.tag).catch(() => null);
    return [tag?.id ?? query.tag];
  }
  if (query.q === undefined) return null;
  const key = tagKey(query.q);
  if (key === '') return null;
  const prefix = likePrefix(key);
  const tsq = prefixTsQuery(query.q);
  const text =
    tsq === null ? sql`false` : sql`t.search_vector @@ (to_tsquery('german', ${tsq}) || to_tsquery('simple', ${tsq}))`;
  const found = rowsOf<{ id: string }>(
    await tx.execute(sql`select t.id from network_tags t
      where t.merged_into is null and (${text} or t.key like ${prefix} escape '\\')
      order by (t.key like ${prefix} escape '\\') desc, similarity(t.key, ${key}) desc, t.key
      limit ${MAX_FINDER_TAGS}`),
  );
  if (found.length > 0) return found.map((row) => row.id);
  const close = rowsOf<{ id: string }>(
    await tx.execute(sql`select t.id from network_tags t
      where t.merged_into is null and t.key % ${key}
      order by similarity(t.key, ${key}) desc, t.key
      limit ${MAX_FINDER_TAGS}`),
  );
  return close.map((row) => row.id);
}
