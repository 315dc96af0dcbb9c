import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { QuestionFilter, QuestionList, TagRef } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { readableCommunitySql } from '../community-standing.ts';
import { networkTags, questionTags } from '../tables.ts';

export interface ListQuery {
  community?: string;
  tag?: string;
  filter?: QuestionFilter;
  q?: string;
  limit?: number;
  offset?: number;
}

/** How long a question waits without a published answer before it counts as unanswered. */
export const UNANSWERED_AFTER = sql.raw(`interval '3 days'`);

/** Each question's tags, by name. */
export async function tagsOf(db: Db, questionIds: readonly string[]): Promise<Map<string, TagRef[]>> {
  const byQuestion = new Map<string, TagRef[]>();
  if (questionIds.length === 0) return byQuestion;
  const rows = await db
    .select({ questionId: questionTags.questionId, id: networkTags.id, name: networkTags.name })
    .from(questionTags)
    .innerJoin(networkTags, eq(networkTags.id, questionTags.tagId))
    .where(inArray(questionTags.questionId, [...questionIds]))
    .orderBy(asc(networkTags.name));
  for (const r of rows)
    byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), { id: r.id, name: r.name }]);
  return byQuestion;
}

/**
 * A page of questions the person may read, newest activity first (best match first with `q`):
 * all, open (no accepted answer), unanswered (no published answer after 3 days), mine (with my
 * pending ones) or the ones I follow; within a community or a tag when given.
 */
export async function listQuestions(deps: Deps, personId: string, query: ListQuery): Promise<QuestionList> {
  const filter = query.filter ?? 'all';
  const limit = query.limit ?? 20;
  const conditions = [readableCommunitySql(sql`q.community_id`, personId)];
  if (filter === 'mine') {
    conditions.push(sql`q.author_id = ${personId} and q.state in ('published', 'pending')`);
  } else conditions.push(sql`q.state = 'published'`);
  if (filter === 'open') conditions.push(sql`q.accepted_answer_id is null`);
  if (filter === 'unanswered') {
    conditions.push(sql`q.created_at <= now() - ${UNANSWERED_AFTER}
      and not exists (select 1 from answers a where a.question_id = q.id and a.state = 'published')`);
  }
  if (filter === 'following') {
    conditions.push(
      sql`exists (select 1 from question_follows f where f.question_id = q.id and f.person_id = ${personId})`,
    );
  }
  if (query.community) conditions.push(sql`q.community_id = ${query.community}::uuid`);
  if (query.tag) {
    conditions.push(
      sql`exists (select 1 from question_tags t where t.question_id = q.id and t.tag_id = ${query.tag}::uuid)`,
    );
  }
  const text = query.q?.trim();
  if (text) conditions.push(sql`q.search_vector @@ websearch_to_tsquery('german', ${text})`);
  const order = text
    ? sql`ts_rank(q.search_vector, websearch_to_tsquery('german', ${text})) desc, q.last_activity_at desc`
    : filter === 'unanswered'
      ? sql`q.created_at asc`
      : sql`q.last_activity_at desc`;
  const result = await deps.db.execute(sql`
    select q.id, q.title, q.state, q.answer_count, q.score, q.accepted_answer_id is not null as accepted,
      to_json(q.created_at) #>> '{}' as created_at, to_json(q.last_activity_at) #>> '{}' as last_activity_at,
      p.id as author_id, p.name as author_name, c.id as community_id, c.slug as community_slug,
      c.name as community_name, count(*) over () as total
    from questions q
    join persons p on p.id = q.author_id
    left join communities c on c.id = q.community_id
    where ${sql.join(conditions, sql` and `)}
    order by ${order}, q.id
    limit ${limit} offset ${query.offset ?? 0}`);
  const rows = rowsOf<Record<string, string | number | boolean | null>>(result);
  const tags = await tagsOf(
    deps.db,
    rows.map((r) => r.id as string),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      state: r.state as 'published' | 'pending',
      author: { id: r.author_id as string, name: r.author_name as string },
      community: r.community_id
        ? { id: r.community_id as string, slug: r.community_slug as string, name: r.community_name as string }
        : null,
      tags: tags.get(r.id as string) ?? [],
      answerCount: Number(r.answer_count),
      score: Number(r.score),
      accepted: Boolean(r.accepted),
      createdAt: new Date(r.created_at as string).toISOString(),
      lastActivityAt: new Date(r.last_activity_at as string).toISOString(),
    })),
  };
}
