import { sql } from 'drizzle-orm';
import type { SimilarQuestions } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { readableCommunitySql } from '../community-standing.ts';

/**
 * The words of a title as one German full-text query that matches any of them ("a or b or c"), for
 * websearch_to_tsquery; null when there is nothing to look for.
 */
export function anyWordQuery(title: string): string | null {
  const words = [
    ...new Set((title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && w !== 'or')),
  ].slice(0, 12);
  return words.length === 0 ? null : words.join(' or ');
}

/**
 * Published questions whose titles share words with the title being typed, best first (at most 5), of
 * the communities the person may read — within one community (and the platform-wide area) when given.
 * One query over the titles' GIN index.
 */
export async function similarQuestions(
  deps: Deps,
  personId: string,
  title: string,
  communityId: string | undefined,
): Promise<SimilarQuestions> {
  const words = anyWordQuery(title);
  if (words === null) return { items: [] };
  const inCommunity = communityId ? sql`and (q.community_id is null or q.community_id = ${communityId}::uuid)` : sql``;
  const result = await deps.db.execute(sql`
    select q.id, q.title, q.answer_count, q.accepted_answer_id is not null as accepted
    from questions q, websearch_to_tsquery('german', ${words}) query
    where q.title_vector @@ query and q.state = 'published'
      and ${readableCommunitySql(sql`q.community_id`, personId)} ${inCommunity}
    order by ts_rank(q.title_vector, query) desc, q.last_activity_at desc
    limit 5`);
  return {
    items: rowsOf<{ id: string; title: string; answer_count: number; accepted: boolean }>(result).map((r) => ({
      id: r.id,
      title: r.title,
      answerCount: Number(r.answer_count),
      accepted: r.accepted,
    })),
  };
}
