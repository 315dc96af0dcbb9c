import { and, eq, inArray, sql } from 'drizzle-orm';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { answers, networkExpertise, questions, questionTags } from '../tables.ts';
import { questionPath } from './announce.ts';
import { requireVisibleQuestion } from './question-access.ts';
import type { QuestionActor } from './question-actor.ts';

/** Adds `delta` to the accepted answers of the answer's author in each of the question's tags they have as expertise. */
async function countAccepted(tx: Tx, questionId: string, answerId: string, delta: 1 | -1) {
  const [answer] = await tx.select({ authorId: answers.authorId }).from(answers).where(eq(answers.id, answerId));
  if (!answer) return;
  const tagIds = tx
    .select({ tagId: questionTags.tagId })
    .from(questionTags)
    .where(eq(questionTags.questionId, questionId));
  await tx
    .update(networkExpertise)
    .set({ acceptedAnswerCount: sql`greatest(0, ${networkExpertise.acceptedAnswerCount} + ${delta})` })
    .where(and(eq(networkExpertise.personId, answer.authorId), inArray(networkExpertise.tagId, tagIds)));
}

/**
 * Accepts one of the question's published answers (the asker or a moderator), or takes the acceptance
 * back (`answerId` null). The answer's author hears of it and counts it for their expertise in the
 * question's tags; an acceptance that moves takes the count back from the earlier answer's author.
 */
export async function acceptAnswerCommand(
  deps: Deps,
  actor: QuestionActor,
  questionId: string,
  answerId: string | null,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const access = await requireVisibleQuestion(tx, questionId, actor.personId, { lock: true });
    const q = access.question;
    if (q.authorId !== actor.personId && !access.canModerate) {
      throw forbidden('Only the asker or a moderator accepts an answer');
    }
    if (q.acceptedAnswerId === answerId) return;
    let accepted: { id: string; authorId: string; state: string } | undefined;
    if (answerId !== null) {
      [accepted] = await tx
        .select({ id: answers.id, authorId: answers.authorId, state: answers.state })
        .from(answers)
        .where(and(eq(answers.id, answerId), eq(answers.questionId, questionId)));
      if (!accepted) throw notFound('Answer');
      if (accepted.state !== 'published') {
        throw conflict('post-not-published', 'The answer is not published');
      }
    }
    if (q.acceptedAnswerId) await countAccepted(tx, questionId, q.acceptedAnswerId, -1);
    await tx
      .update(questions)
      .set({ acceptedAnswerId: answerId, lastActivityAt: sql`now()` })
      .where(eq(questions.id, questionId));
    if (accepted) {
      await countAccepted(tx, questionId, accepted.id, 1);
      if (accepted.authorId !== actor.personId) {
        await notify(tx, [accepted.authorId], {
          kind: networkNotificationKinds.accepted,
          data: { actorName: actor.name, title: q.title },
          link: questionPath(questionId, `answer-${accepted.id}`),
        });
      }
    }
    await audit(tx, {
      actorId: actor.personId,
      action: answerId ? 'network.answer_accepted' : 'network.answer_unaccepted',
      subjectType: 'question',
      subjectId: questionId,
      ip: actor.ip,
      details: { answerId, previous: q.acceptedAnswerId },
    });
    // The question's readers: the accepted mark moves for all of them (or goes, when taken back).
    await announceQuestionChange(
      tx,
      {
        questionId,
        change: 'answer-accepted',
        ...(answerId ? { postKind: 'answer' as const, postId: answerId } : {}),
        actor: { id: actor.personId, name: actor.name },
      },
      { kind: 'network-question', questionId },
    );
  });
  await deps.publisher.flush();
}
