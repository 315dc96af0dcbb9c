import { and, eq, sql } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { answers, postVotes, questions } from '../tables.ts';
import { requirePosting, requireVisibleAnswer, requireVisibleQuestion } from './question-access.ts';
import type { QuestionActor } from './question-actor.ts';

/**
 * Votes +1 or -1 on a published question or answer of someone else, or takes the vote back (0); the
 * post's score changes by the difference in the same transaction.
 */
export async function voteCommand(
  deps: Deps,
  actor: QuestionActor,
  postKind: 'question' | 'answer',
  postId: string,
  value: -1 | 0 | 1,
): Promise<{ score: number; myVote: number }> {
  return deps.db.transaction(async (tx) => {
    const post =
      postKind === 'question'
        ? await requireVisibleQuestion(tx, postId, actor.personId, { lock: true }).then((access) => ({
            access,
            authorId: access.question.authorId,
            state: access.question.state,
          }))
        : await requireVisibleAnswer(tx, postId, actor.personId, { lock: true }).then(({ answer, access }) => ({
            access,
            authorId: answer.authorId,
            state: answer.state,
          }));
    requirePosting(post.access);
    if (post.authorId === actor.personId) throw forbidden('One does not vote on one’s own post');
    if (post.state !== 'published') throw conflict('post-not-published', 'The post is not published');
    const mine = and(eq(postVotes.postId, postId), eq(postVotes.personId, actor.personId));
    const [old] = await tx.select({ value: postVotes.value }).from(postVotes).where(mine);
    const before = old?.value ?? 0;
    if (value === 0) await tx.delete(postVotes).where(mine);
    else {
      await tx
        .insert(postVotes)
        .values({ postId, personId: actor.personId, postKind, value })
        .onConflictDoUpdate({ target: [postVotes.postId, postVotes.personId], set: { value } });
    }
    const delta = value - before;
    const table = postKind === 'question' ? questions : answers;
    const [row] = await tx
      .update(table)
      .set({ score: sql`${table.score} + ${delta}` })
      .where(eq(table.id, postId))
      .returning({ score: table.score });
    if (delta !== 0) {
      await announceQuestionChange(tx, {
        questionId: post.access.question.id,
        change: 'votes-changed',
        postKind,
        postId,
      });
    }
    return { score: row?.score ?? 0, myVote: value };
  });
}
