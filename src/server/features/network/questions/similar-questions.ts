import { sql } from 'drizzle-orm';
import type { SimilarQuestions } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { type CompiledStatement, compileStatement, runStatement } from '../../../platform/db/named-statements.ts';
import { readableCommunitySql } from '../community-standing.ts';

// Words most question titles share ("Wer hat Erfahrung mit …?"): they find everything when any word
// will do, so the any-word query leaves them out.
const QUESTION_FORMS = new Set([
  'wer',
  'wie',
  'was',
  'welche',
  'welcher',
  'welches',
  'gibt',
  'ihr',
  'erfahrung',
  'erfahrungen',
  'gesucht',
  'frage',
  'fragen',
  'hilfe',
]);

/** The words of a title (letters and digits only, so nothing of the query syntax gets through). */
function wordsOf(title: string): string[] {
  return [
    ...new Set((title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && w !== 'or')),
  ].slice(0, 12);
}

/**
 * The words of a title as one German full-text query that matches any of them ("a or b or c"), for
 * websearch_to_tsquery, without the words most questions share; null when there is nothing to look for.
 */
export function anyWordQuery(title: string): string | null {
  const words = wordsOf(title).filter((w) => !QUESTION_FORMS.has(w));
  return words.length === 0 ? null : words.join(' or ');
}

/** The words of a title as one query that matches titles with all of them; null without words. */
export function allWordsQuery(title: string): string | null {
  const words = wordsOf(title);
  return words.length === 0 ? null : words.join(' ');
}

/**
 * The statement of a shape (with or without the any-word part and the community), prepared once:
 * titles with all the words first, best first; only when they are fewer than five do titles with any of
 * the words fill up. Append runs its parts in turn and the outer limit stops it: with five titles of
 * all the words, the any-word part is never read.
 */
function similarStatement(withAny: boolean, inCommunity: boolean): CompiledStatement {
  const community = inCommunity
    ? sql`and (q.community_id is null or q.community_id = ${sql.placeholder('community')}::uuid)`
    : sql``;
  const readable = readableCommunitySql(sql`q.community_id`, sql`${sql.placeholder('person')}::uuid`);
  const matching = (words: string) => sql`
    select q.id, q.title, q.answer_count, q.accepted_answer_id is not null as accepted,
      ts_rank(q.title_vector, query) as rank, q.last_activity_at
    from questions q, websearch_to_tsquery('german', ${sql.placeholder(words)}::text) query
    where q.title_vector @@ query and q.state = 'published' and ${readable} ${community}`;
  const more = withAny
    ? sql`union all
      (select id, title, answer_count, accepted from (${matching('any')}) m
       where m.id not in (select id from all_words)
       order by rank desc, last_activity_at desc limit 5)`
    : sql``;
  return compileStatement(sql`
    with all_words as (
      select * from (${matching('all')}) m order by rank desc, last_activity_at desc limit 5
    )
    (select id, title, answer_count, accepted from all_words order by rank desc, last_activity_at desc)
    ${more}
    limit 5`);
}

const statements = new Map<string, CompiledStatement>();

/**
 * Published questions whose titles share words with the title being typed (at most 5), of the
 * communities the person may read — within one community (and the platform-wide area) when given.
 * One statement over the titles' GIN index (similarStatement).
 */
export async function similarQuestions(
  deps: Deps,
  personId: string,
  title: string,
  communityId: string | undefined,
): Promise<SimilarQuestions> {
  const all = allWordsQuery(title);
  if (all === null) return { items: [] };
  const any = anyWordQuery(title);
  const shape = `${any !== null}|${communityId !== undefined}`;
  let statement = statements.get(shape);
  if (!statement) {
    statement = similarStatement(any !== null, communityId !== undefined);
    statements.set(shape, statement);
  }
  const rows = await runStatement<{ id: string; title: string; answer_count: number; accepted: boolean }>(
    deps.db,
    statement,
    { all, any, person: personId, community: communityId },
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      answerCount: Number(r.answer_count),
      accepted: r.accepted,
    })),
  };
}
