import { eq, sql } from 'drizzle-orm';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { notify } from '../../notifications/notify.ts';
import { answers, communities, postComments, questions } from '../tables.ts';

export type AnnouncedPostKind = 'question' | 'answer' | 'comment';

/** The app path of a question's page (an answer or comment as its anchor). */
export function questionPath(questionId: string, anchor?: string): string {
  return `/network/questions/${questionId}${anchor ? `#${anchor}` : ''}`;
}

/** A short excerpt of a post for a notification. */
function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

/** Counts the question's published answers again (after an answer appears, is hidden or let through). */
export async function refreshAnswerCount(tx: Tx, questionId: string): Promise<void> {
  await tx
    .update(questions)
    .set({
      answerCount: sql`(select count(*)::int from ${answers} where ${answers.questionId} = ${questionId} and ${answers.state} = 'published')`,
    })
    .where(eq(questions.id, questionId));
}

// Whoever may read the question's community among a set of people: everyone for the platform-wide area
// and open communities, members only where joining takes a request.
const readerSql = (communityId: string | null, personColumn: ReturnType<typeof sql.raw>) =>
  sql`(${communityId}::uuid is null
    or exists (select 1 from communities c where c.id = ${communityId}::uuid and c.join_policy = 'open')
    or exists (select 1 from community_members m where m.community_id = ${communityId}::uuid and m.person_id = ${personColumn} and m.status = 'member'))`;

async function nameOf(tx: Tx, personId: string): Promise<string> {
  const [row] = await tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return row?.name ?? '';
}

/**
 * Tells whom a post concerns once it is published: at once for a post that needs no approval, or when
 * a moderator lets a held one through (the moderation concern calls this). Keeps the question's answer
 * count and last activity right. A question goes to its community's members and its tags' followers
 * (the platform-wide area: the tags' followers only); an answer to the asker and the question's
 * followers; a comment to the author of the post it is on. Never to the post's own author.
 */
export async function announcePublishedPost(
  tx: Tx,
  _deps: Pick<Deps, 'config'> | Deps,
  post: { postKind: AnnouncedPostKind; postId: string },
): Promise<void> {
  if (post.postKind === 'question') return announceQuestion(tx, post.postId);
  if (post.postKind === 'answer') return announceAnswer(tx, post.postId);
  return announceComment(tx, post.postId);
}

async function announceQuestion(tx: Tx, questionId: string) {
  const [q] = await tx
    .select({
      id: questions.id,
      title: questions.title,
      authorId: questions.authorId,
      communityId: questions.communityId,
      communityName: communities.name,
      state: questions.state,
    })
    .from(questions)
    .leftJoin(communities, eq(communities.id, questions.communityId))
    .where(eq(questions.id, questionId));
  if (q?.state !== 'published') return;
  const members = q.communityId
    ? sql`select person_id from community_members where community_id = ${q.communityId}::uuid and status = 'member'`
    : sql`select null::uuid as person_id where false`;
  const result = await tx.execute(sql`
    select distinct person_id from (
      ${members}
      union
      select tf.person_id from tag_follows tf join question_tags qt on qt.tag_id = tf.tag_id
      where qt.question_id = ${q.id} and ${readerSql(q.communityId, sql.raw('tf.person_id'))}
    ) p where person_id <> ${q.authorId}`);
  const recipients = rowsOf<{ person_id: string }>(result).map((r) => r.person_id);
  const data: Record<string, unknown> = { actorName: await nameOf(tx, q.authorId), title: q.title };
  if (q.communityName) data.communityName = q.communityName;
  await notify(tx, recipients, { kind: networkNotificationKinds.question, data, link: questionPath(q.id) });
}

async function announceAnswer(tx: Tx, answerId: string) {
  const [a] = await tx
    .select({
      id: answers.id,
      authorId: answers.authorId,
      state: answers.state,
      questionId: questions.id,
      title: questions.title,
      askerId: questions.authorId,
      communityId: questions.communityId,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(eq(answers.id, answerId));
  if (a?.state !== 'published') return;
  await refreshAnswerCount(tx, a.questionId);
  await tx.update(questions).set({ lastActivityAt: sql`now()` }).where(eq(questions.id, a.questionId));
  const result = await tx.execute(sql`
    select person_id from question_follows qf
    where qf.question_id = ${a.questionId} and ${readerSql(a.communityId, sql.raw('qf.person_id'))}`);
  const recipients = [a.askerId, ...rowsOf<{ person_id: string }>(result).map((r) => r.person_id)].filter(
    (id) => id !== a.authorId,
  );
  await notify(tx, recipients, {
    kind: networkNotificationKinds.answer,
    data: { actorName: await nameOf(tx, a.authorId), title: a.title },
    link: questionPath(a.questionId, `answer-${a.id}`),
  });
}

async function announceComment(tx: Tx, commentId: string) {
  const [c] = await tx
    .select({
      id: postComments.id,
      authorId: postComments.authorId,
      state: postComments.state,
      body: postComments.body,
      postKind: postComments.postKind,
      postId: postComments.postId,
      questionId: questions.id,
      title: questions.title,
      askerId: questions.authorId,
    })
    .from(postComments)
    .innerJoin(questions, eq(questions.id, postComments.questionId))
    .where(eq(postComments.id, commentId));
  if (c?.state !== 'published') return;
  await tx.update(questions).set({ lastActivityAt: sql`now()` }).where(eq(questions.id, c.questionId));
  let postAuthor = c.askerId;
  if (c.postKind === 'answer') {
    const [answer] = await tx.select({ authorId: answers.authorId }).from(answers).where(eq(answers.id, c.postId));
    if (!answer) return;
    postAuthor = answer.authorId;
  }
  if (postAuthor === c.authorId) return;
  await notify(tx, [postAuthor], {
    kind: networkNotificationKinds.comment,
    data: { actorName: await nameOf(tx, c.authorId), title: c.title, excerpt: excerptOf(c.body) },
    link: questionPath(c.questionId, `comment-${c.id}`),
  });
}
