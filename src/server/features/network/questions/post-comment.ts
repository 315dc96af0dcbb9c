import type { CommentInput, Created } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { postNeedsApproval } from '../policy.ts';
import { checkPostingLimit } from '../posting-limits.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { postComments } from '../tables.ts';
import { announcePublishedPost } from './announce.ts';
import { requireText } from './ask-question.ts';
import { notifyModeratorsOfHeldPost } from './held-posts.ts';
import { requirePosting, requireVisibleAnswer, requireVisibleQuestion } from './question-access.ts';
import type { QuestionActor } from './question-actor.ts';

/** Comments on a question or one of its answers; the post's author hears of it. */
export async function postCommentCommand(
  deps: Deps,
  actor: QuestionActor,
  questionId: string,
  input: CommentInput,
  key: IdempotencyKey | null,
): Promise<Answer<Created>> {
  requireText(input.body, 'body:/body');
  const answer = await writeOnce(deps.db, key, 201, async (tx) => {
    let access = await requireVisibleQuestion(tx, questionId, actor.personId);
    if (input.answerId) {
      const found = await requireVisibleAnswer(tx, input.answerId, actor.personId);
      if (found.answer.questionId !== questionId) throw notFound('Answer');
      access = found.access;
    }
    requirePosting(access);
    await checkPostingLimit(tx, deps.config, 'comment', actor.personId);
    const state = postNeedsApproval(access.standing) ? 'pending' : 'published';
    const id = newId();
    const postKind = input.answerId ? 'answer' : 'question';
    await tx.insert(postComments).values({
      id,
      questionId,
      postKind,
      postId: input.answerId ?? questionId,
      authorId: actor.personId,
      body: input.body,
      state,
    });
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.comment_posted',
      subjectType: 'comment',
      subjectId: id,
      ip: actor.ip,
      details: { questionId, postKind, state },
    });
    await announceQuestionChange(tx, {
      questionId,
      change: 'comment-added',
      postKind: 'comment',
      postId: id,
      actor: { id: actor.personId, name: actor.name },
      state,
    });
    if (state === 'published') await announcePublishedPost(tx, deps, { postKind: 'comment', postId: id });
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
