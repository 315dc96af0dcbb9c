import type { Created } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { postNeedsApproval } from '../policy.ts';
import { checkPostingLimit } from '../posting-limits.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { answers } from '../tables.ts';
import { announcePublishedPost } from './announce.ts';
import { requireText } from './ask-question.ts';
import { notifyModeratorsOfHeldPost } from './held-posts.ts';
import { requirePosting, requireVisibleQuestion } from './question-access.ts';
import type { QuestionActor } from './question-actor.ts';

/** Answers a question (held for a moderator as a question would be); the asker and followers hear of it. */
export async function postAnswerCommand(
  deps: Deps,
  actor: QuestionActor,
  questionId: string,
  body: string,
  key: IdempotencyKey | null,
): Promise<Answer<Created>> {
  requireText(body, 'body:/body');
  const answer = await writeOnce(deps.db, key, 201, async (tx) => {
    const access = await requireVisibleQuestion(tx, questionId, actor.personId, { lock: true });
    requirePosting(access);
    if (access.question.state !== 'published') {
      throw conflict('question-not-published', 'The question is not published');
    }
    await checkPostingLimit(tx, deps.config, 'answer', actor.personId);
    const state = postNeedsApproval(access.standing) ? 'pending' : 'published';
    const id = newId();
    await tx.insert(answers).values({ id, questionId, authorId: actor.personId, body, state });
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.answer_posted',
      subjectType: 'answer',
      subjectId: id,
      ip: actor.ip,
      details: { questionId, state },
    });
    await announceQuestionChange(tx, {
      questionId,
      change: 'answer-added',
      postKind: 'answer',
      postId: id,
      actor: { id: actor.personId, name: actor.name },
      state,
    });
    if (state === 'published') await announcePublishedPost(tx, deps, { postKind: 'answer', postId: id });
    else {
      await notifyModeratorsOfHeldPost(tx, access.question.communityId, {
        actorName: actor.name,
        title: access.question.title,
      });
    }
    return { id, state } satisfies Created;
  });
  if (!answer.replayed) await deps.publisher.flush();
  return answer;
}
