import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { compileStatement, runStatement } from '../../../../platform/db/named-statements.ts';
import type { AnalysedQuery } from '../search-words.ts';

/** A published record the words match: its rank, and whether it holds every word as a whole word. */
export interface WordMatch {
  rank: number;
  whole: boolean;
}

const placeholder = (name: string) => sql`${sql.placeholder(name)}`;

/**
 * The published records matching the words, by the GIN index on the search vector, as one text
 * ("id rank whole,…"): parsing one text costs Node far less than thousands of rows. Ranked only when
 * the list is ordered by relevance; records found through compound parts alone have `whole` false.
 */
const RANKED = compileStatement(sql`
  select coalesce(string_agg(c.id::text || ' ' || ts_rank(c.search_vector, q.expanded)::text || ' '
      || (c.search_vector @@ q.whole)::int::text, ','), '') as matches
  from cooperations c cross join (select to_tsquery('german', ${placeholder('expanded')}) as expanded,
    to_tsquery('german', ${placeholder('whole')}) as whole) q
  where c.state = 'published' and c.search_vector @@ q.expanded`);

const UNRANKED = compileStatement(sql`
  select coalesce(string_agg(c.id::text, ','), '') as matches
  from cooperations c
  where c.state = 'published' and c.search_vector @@ to_tsquery('german', ${placeholder('expanded')})`);

const UNRANKED_MATCH: WordMatch = { rank: 0, whole: true };

export async function wordMatches(tx: Tx, words: AnalysedQuery, ranked: boolean): Promise<Map<string, WordMatch>> {
  const matches = new Map<string, WordMatch>();
  const [row] = await runStatement<{ matches: string }>(tx, ranked ? RANKED : UNRANKED, {
    expanded: words.expanded,
    whole: words.whole,
  });
  if (!row?.matches) return matches;
  for (const entry of row.matches.split(',')) {
    if (!ranked) {
      matches.set(entry, UNRANKED_MATCH);
      continue;
    }
    const [id, rank, whole] = entry.split(' ');
    matches.set(id as string, { rank: Number(rank), whole: whole === '1' });
  }
  return matches;
}
