import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { PostKind, PostState } from '../../../../shared/contracts/network-moderation.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { answers, networkExpertise, postComments, questions, questionTags } from '../tables.ts';

const tableOf = { question: questions, answer: answers, comment: postComments } as const;

/** Sets a post's state; a hidden one keeps who hid it, when and why, any other state forgets it. */
export async function setPostState(
  tx: Tx,
  kind: PostKind,
  id: string,
  state: PostState,
  hidden?: { reason: string; by: string },
): Promise<void> {
  const table = tableOf[kind];
  const values = {
    state,
    hiddenReason: hidden?.reason ?? null,
    hiddenBy: hidden?.by ?? null,
    hiddenAt: hidden ? new Date() : null,
  };
  // The three tables share these columns; Drizzle types each update on its own.
  if (table === questions) await tx.update(questions).set(values).where(eq(questions.id, id));
  else if (table === answers) await tx.update(answers).set(values).where(eq(answers.id, id));
  else await tx.update(postComments).set(values).where(eq(postComments.id, id));
}

/**
 * Keeps a question's counts true to its published answers after an answer changed state: the answer
 * count counts published answers only, and an accepted answer that is no longer published stops being
 * the accepted one (the question is open again in the lists, and its author's accepted-answer count
 * for the question's tags is taken back). Unhiding the answer later does not accept it again; the
 * asker or a moderator may.
 */
export async function refreshQuestionAnswers(tx: Tx, questionId: string): Promise<{ acceptanceDropped: boolean }> {
  const [question] = await tx
    .select({ acceptedAnswerId: questions.acceptedAnswerId })
    .from(questions)
    .where(eq(questions.id, questionId))
    .for('update');
  if (!question) return { acceptanceDropped: false };
  const [published] = await tx
    .select({ n: count() })
    .from(answers)
    .where(and(eq(answers.questionId, questionId), eq(answers.state, 'published')));
  let acceptanceDropped = false;
  if (question.acceptedAnswerId) {
    const [accepted] = await tx
      .select({ state: answers.state, authorId: answers.authorId })
      .from(answers)
      .where(eq(answers.id, question.acceptedAnswerId));
    if (accepted && accepted.state !== 'published') {
      acceptanceDropped = true;
      await tx
        .update(networkExpertise)
        .set({ acceptedAnswerCount: sql`greatest(${networkExpertise.acceptedAnswerCount} - 1, 0)` })
        .where(
          and(
            eq(networkExpertise.personId, accepted.authorId),
            inArray(
              networkExpertise.tagId,
              tx
                .select({ tagId: questionTags.tagId })
                .from(questionTags)
                .where(eq(questionTags.questionId, questionId)),
            ),
          ),
        );
    }
  }
  await tx
    .update(questions)
    .set({
      answerCount: published?.n ?? 0,
      ...(acceptanceDropped ? { acceptedAnswerId: null } : {}),
    })
    .where(eq(questions.id, questionId));
  return { acceptanceDropped };
}
