import { type SQL, sql } from 'drizzle-orm';
import type { PeopleQuery } from '../../../../../shared/contracts/network-profiles.ts';
import type { Tx } from '../../../../platform/db/client.ts';
import { prefixTsQuery, tagKey } from '../tag-key.ts';
import { liveTag } from '../tag-vocabulary.ts';

// The tags the expert finder searches by, as the common table expression `finder_tags (id)` of the
// page's statement (find-people.ts). Full text on the name (each word a prefix) and a prefix of the
// folded key (a range in byte order, which a prepared statement's generic plan can read from an index,
// unlike LIKE with a parameter) come first; the trigram similarity that forgives a typo reads every tag and is asked only
// when those find nothing (an uncorrelated `not exists`, which PostgreSQL decides once before it
// scans). The values are placeholders: the statement is prepared once per shape.

/** Tags matched by the words at most; prefix matches of the key first, then the closest. */
export const MAX_FINDER_TAGS = 50;

/** Where the finder's tags come from: the words (with or without searchable words), a chosen tag, none. */
export type TagSource = 'words' | 'key-only' | 'tag' | 'none';

/** The source of the query's tags and the placeholders' values. */
export async function tagSourceOf(
  tx: Tx,
  query: PeopleQuery,
): Promise<{ source: TagSource; values: Record<string, unknown> }> {
  if (query.tag !== undefined) {
    // A merged tag's ID leads to the tag it became.
    const tag = await liveTag(tx, query.tag).catch(() => null);
    return { source: 'tag', values: { tag: tag?.id ?? query.tag } };
  }
  const key = query.q === undefined ? '' : tagKey(query.q);
  if (key === '') return { source: 'none', values: {} };
  const tsq = prefixTsQuery(query.q ?? '');
  return { source: tsq === null ? 'key-only' : 'words', values: { key, beyond: beyondPrefix(key), tsq } };
}

/** The first text in byte order after every text that starts with `prefix` (its last character raised by one). */
export function beyondPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  if (last >= 0x10ffff) return `${prefix}\u{10FFFF}`;
  // The code points of the UTF-16 surrogates are no characters; the next one after them is U+E000.
  return chars.join('') + String.fromCodePoint(last + 1 === 0xd800 ? 0xe000 : last + 1);
}

/** `finder_tags (id)` for the source. */
export function finderTagsCtes(source: TagSource): SQL {
  if (source === 'tag') return sql`finder_tags as (select ${sql.placeholder('tag')}::uuid as id)`;
  if (source === 'none') return sql`finder_tags as (select null::uuid as id where false)`;
  const key = sql.placeholder('key');
  // The folded key starts with what was typed: a range of network_tags_key_prefix (byte order).
  const prefix = sql`(t.key collate "C" >= ${key}::text and t.key collate "C" < ${sql.placeholder('beyond')}::text)`;
  const tsq = sql.placeholder('tsq');
  const text =
    source === 'words'
      ? sql`t.search_vector @@ (to_tsquery('german', ${tsq}::text) || to_tsquery('simple', ${tsq}::text))`
      : sql`false`;
  return sql`matched_tags as materialized (
      select t.id from network_tags t
      where t.merged_into is null and (${text} or ${prefix})
      order by ${prefix} desc, similarity(t.key, ${key}::text) desc, t.key
      limit ${MAX_FINDER_TAGS}),
    close_tags as materialized (
      select t.id from network_tags t
      where not exists (select 1 from matched_tags) and t.merged_into is null and t.key % ${key}::text
      order by similarity(t.key, ${key}::text) desc, t.key
      limit ${MAX_FINDER_TAGS}),
    finder_tags as (select id from matched_tags union all select id from close_tags)`;
}
