import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { type CompiledStatement, compileStatement, runStatement } from '../../../../platform/db/named-statements.ts';
import type { RawHit } from '../search-query.ts';
import type { AnalysedQuery } from '../search-words.ts';
import { cardColumns } from './page-hits.ts';

/** A published record the words match: its rank, and whether it holds every word as a whole word. */
export interface WordMatch {
  rank: number;
  whole: boolean;
}

export interface WordMatches {
  matches: Map<string, WordMatch>;
  /** The cards of all matches, by ID, when there are no more than asked for; else null. */
  cards: Map<string, RawHit> | null;
}

const placeholder = (name: string) => sql`${sql.placeholder(name)}`;

/**
 * The published records matching the words, by the GIN index on the search vector, as one text
 * ("id rank whole,…"): parsing one text costs Node far less than thousands of rows. Ranked only when
 * the list is ordered by relevance; records found through compound parts alone have `whole` false.
 * Most searches find a handful of records: when they are no more than `cardsMax` (the end of the
 * page asked for), their cards come in the same statement, and the search needs no second one.
 */
function statement(ranked: boolean): CompiledStatement {
  const entry = ranked ? sql`m.id::text || ' ' || m.rank::text || ' ' || m.whole::int::text` : sql`m.id::text`;
  return compileStatement(sql`
    with q as (select to_tsquery('german', ${placeholder('expanded')}) as expanded,
        to_tsquery('german', ${placeholder('whole')}) as whole, to_tsquery('german', ${placeholder('headline')}) as headline),
    m as (
      select c.id, ${ranked ? sql`ts_rank(c.search_vector, q.expanded)` : sql`0::real`} as rank,
        ${ranked ? sql`c.search_vector @@ q.whole` : sql`true`} as whole
      from cooperations c cross join q
      where c.state = 'published' and c.search_vector @@ q.expanded
    )
    select coalesce((select string_agg(${entry}, ',') from m), '') as matches,
      case when (select count(*) from m) <= ${placeholder('cardsMax')}::int then
        (select coalesce(json_agg(h), '[]'::json) from (
          select ${cardColumns(true)} from m join cooperations c on c.id = m.id cross join q) h)
      end as cards`);
}

const RANKED = statement(true);
const UNRANKED = statement(false);

const UNRANKED_MATCH: WordMatch = { rank: 0, whole: true };

export async function wordMatches(
  tx: Tx,
  words: AnalysedQuery,
  options: { ranked: boolean; cardsMax: number },
): Promise<WordMatches> {
  const matches = new Map<string, WordMatch>();
  const [row] = await runStatement<{ matches: string; cards: RawHit[] | string | null }>(
    tx,
    options.ranked ? RANKED : UNRANKED,
    { expanded: words.expanded, whole: words.whole, headline: words.headline, cardsMax: options.cardsMax },
  );
  for (const entry of row?.matches ? row.matches.split(',') : []) {
    if (!options.ranked) {
      matches.set(entry, UNRANKED_MATCH);
      continue;
    }
    const [id, rank, whole] = entry.split(' ');
    matches.set(id as string, { rank: Number(rank), whole: whole === '1' });
  }
  const cards = row?.cards ?? null;
  const list = typeof cards === 'string' ? (JSON.parse(cards) as RawHit[]) : cards;
  return { matches, cards: list ? new Map(list.map((card) => [card.id, card])) : null };
}
