import { eq, sql } from 'drizzle-orm';
import type { EditQuestionInput } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { answers, questions } from '../tables.ts';
import { requireText } from './ask-question.ts';
import { requireVisibleAnswer, requireVisibleQuestion } from './question-access.ts';
import type { QuestionActor } from './question-actor.ts';
import { resolveTags, setQuestionTags } from './tags/question-tags.ts';

/** Changes a question's title, text or tags (its author only). */
export async function editQuestionCommand(
  deps: Deps,
  actor: QuestionActor,
  questionId: string,
  input: EditQuestionInput,
): Promise<void> {
  const title =
    input.title === undefined ? undefined : requireText(input.title, 'body:/title').replace(/\s+/g, ' ').trim();
  await deps.db.transaction(async (tx) => {
    const access = await requireVisibleQuestion(tx, questionId, actor.personId, { lock: true });
    if (access.question.authorId !== actor.personId) throw forbidden('Only the asker edits a question');
    await tx
      .update(questions)
      .set({
        ...(title === undefined ? {} : { title }),
        ...(input.body === undefined ? {} : { body: input.body }),
        updatedAt: sql`now()`,
      })
      .where(eq(questions.id, questionId));
    if (input.tags !== undefined) {
      const tags = await resolveTags(tx, input.tags, actor.personId);
      await setQuestionTags(
        tx,
        questionId,
        tags.map((t) => t.id),
      );
    }
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.question_edited',
      subjectType: 'question',
      subjectId: questionId,
      ip: actor.ip,
    });
    await announceQuestionChange(tx, {
      questionId,
      change: 'question-edited',
      postKind: 'question',
      postId: questionId,
      actor: { id: actor.personId, name: actor.name },
    });
  });
}

/** Changes an answer's text (its author only). */
export async function editAnswerCommand(deps: Deps, actor: QuestionActor, answerId: string, body: string) {
  requireText(body, 'body:/body');
  await deps.db.transaction(async (tx) => {
    const { answer } = await requireVisibleAnswer(tx, answerId, actor.personId);
    if (answer.authorId !== actor.personId) throw forbidden('Only its author edits an answer');
    await tx.update(answers).set({ body, updatedAt: sql`now()` }).where(eq(answers.id, answerId));
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.answer_edited',
      subjectType: 'answer',
      subjectId: answerId,
      ip: actor.ip,
    });
    await announceQuestionChange(tx, {
      questionId: answer.questionId,
      change: 'answer-edited',
      postKind: 'answer',
      postId: answerId,
      actor: { id: actor.personId, name: actor.name },
    });
  });
}
