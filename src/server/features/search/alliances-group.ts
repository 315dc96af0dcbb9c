import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../atlas/search-index.ts';
import { foldSql } from '../atlas/search-text.ts';
import type { GermanQuery } from './german-query.ts';
import { type GroupResult, NO_HITS } from './group.ts';
import { markWords, matchesAllWords, nameRank, snippetOf } from './text-match.ts';

interface Row {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  member_count: number;
  total: number;
}

/**
 * Alliances (public, like their list) whose name or description holds every word (text-match.ts):
 * names holding all words first, then by how close the name is to the query, then by name.
 */
export async function searchAlliances(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  if (query.words.length === 0) return NO_HITS;
  const text = sql`concat_ws(' ', a.name, a.description)`;
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      select a.id, a.name, a.slug, a.description,
        (select count(*) from alliance_members m where m.alliance_id = a.id and m.status = 'member')::int as member_count,
        count(*) over ()::int as total
      from alliances a
      where ${matchesAllWords(text, query.words)}
      order by ${nameRank(sql`a.name`, query.words)}, similarity(${foldSql(sql`a.name`)}, ${query.words.join(' ')}) desc,
        lower(a.name), a.id
      limit ${limit}`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    capped: false,
    hits: rows.map(
      (a): UnifiedHit => ({
        id: a.id,
        href: `/alliances/${encodeURIComponent(a.slug)}`,
        title: a.name,
        titleHtml: markWords(a.name, query.words),
        snippetHtml: snippetOf(a.description, query.words),
        memberCount: Number(a.member_count),
      }),
    ),
  };
}
