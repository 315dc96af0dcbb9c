import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import type { GermanQuery } from './german-query.ts';
import { type GroupResult, NO_HITS } from './group.ts';
import { exactOrWithTypos, markWords, matchesAllWords, nameOrder, snippetOf, textForms } from './text-match.ts';

interface Row {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  member_count: number;
  total: number;
}

/**
 * Alliances (public, like their list) whose name or description holds every word (text-match.ts),
 * in the name order of text-match.ts, then by name.
 */
export async function searchAlliances(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  if (query.words.length === 0) return NO_HITS;
  const rows = await exactOrWithTypos(query, async (typos) => {
    const order = sql`${nameOrder(query.words)}, lower(a.name), a.id`;
    const result = await tx.execute(sql`
      select p.id, p.name, p.slug, p.description, p.total,
        (select count(*) from alliance_members m where m.alliance_id = p.id and m.status = 'member')::int as member_count
      from (
        select a.id, a.name, a.slug, a.description, count(*) over ()::int as total,
          row_number() over (order by ${order}) as ord
        from alliances a cross join ${textForms(sql`a.name`, sql`a.description`)}
        where ${matchesAllWords(query, typos)}
        order by ${order}
        limit ${limit}
      ) p
      order by p.ord`);
    return rowsOf<Row>(result);
  });
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
