import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tag } from '../../../../shared/contracts/network-profiles.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { networkTags } from '../tables.ts';
import { likePrefix, prefixTsQuery, tagKey, tagName } from './tag-key.ts';

// The shared vocabulary of tags: found as one types, and made when a name is new. Merged tags are never
// offered; a name whose folded key belongs to a merged tag means the tag it was merged into.

/**
 * The tags matching what one typed, as a SQL set of (id, name, prefix, rank): German and plain full
 * text on the name (each word a prefix), a prefix of the folded key, and trigram similarity of the
 * folded key for typos. Null when nothing searchable was typed.
 */
export function matchingTagsSql(q: string) {
  const key = tagKey(q);
  if (key === '') return null;
  const tsq = prefixTsQuery(q);
  const text =
    tsq === null ? sql`false` : sql`t.search_vector @@ (to_tsquery('german', ${tsq}) || to_tsquery('simple', ${tsq}))`;
  return sql`(select t.id, t.name, (t.key like ${likePrefix(key)} escape '\\') as prefix,
      similarity(t.key, ${key}) as sim
    from network_tags t
    where t.merged_into is null and (${text} or t.key like ${likePrefix(key)} escape '\\' or t.key % ${key}))`;
}

/** Up to `limit` tags for what one typed, prefix matches of the key first, then the closest. */
export async function suggestTags(tx: Tx, q: string, limit = 10): Promise<Tag[]> {
  const matching = matchingTagsSql(q);
  if (matching === null) return [];
  const rows = rowsOf<Tag>(
    await tx.execute(sql`select m.id, m.name from ${matching} m
      order by m.prefix desc, m.sim desc, length(m.name), m.name limit ${limit}`),
  );
  return rows.map((row) => ({ id: row.id, name: row.name }));
}

/** The live tag with this ID (a merged tag's ID leads to the tag it became); 404 when there is none. */
export async function liveTag(tx: Tx, id: string): Promise<Tag> {
  let current = id;
  for (let hops = 0; hops < 10; hops++) {
    const [row] = await tx
      .select({ id: networkTags.id, name: networkTags.name, mergedInto: networkTags.mergedInto })
      .from(networkTags)
      .where(eq(networkTags.id, current));
    if (!row) break;
    if (row.mergedInto === null) return { id: row.id, name: row.name };
    current = row.mergedInto;
  }
  throw notFound('Tag');
}

/** The tag of this name: the live tag with its folded key, else a new one (made by `personId`). */
export async function tagNamed(tx: Tx, name: string, personId: string): Promise<Tag> {
  const key = tagKey(name);
  const shown = tagName(name);
  if (key === '' || shown === '') throw notFound('Tag');
  const [live] = await tx
    .select({ id: networkTags.id, name: networkTags.name })
    .from(networkTags)
    .where(and(eq(networkTags.key, key), isNull(networkTags.mergedInto)));
  if (live) return live;
  const [merged] = await tx.select({ id: networkTags.id }).from(networkTags).where(eq(networkTags.key, key)).limit(1);
  if (merged) return liveTag(tx, merged.id);
  const id = newId();
  const [made] = await tx
    .insert(networkTags)
    .values({ id, name: shown, key, createdBy: personId })
    .onConflictDoNothing()
    .returning({ id: networkTags.id, name: networkTags.name });
  if (made) return made;
  // Made by someone else between the look and the insert.
  const [now] = await tx
    .select({ id: networkTags.id, name: networkTags.name })
    .from(networkTags)
    .where(and(eq(networkTags.key, key), isNull(networkTags.mergedInto)));
  if (!now) throw notFound('Tag');
  return now;
}
