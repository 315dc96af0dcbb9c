import type { AskQuestionInput, Created } from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, invalid } from '../../../platform/errors/problem.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { canPostInCommunity, postNeedsApproval } from '../policy.ts';
import { checkPostingLimit } from '../posting-limits.ts';
import { questionFollows, questions } from '../tables.ts';
import { announcePublishedPost } from './announce.ts';
import { notifyModeratorsOfHeldPost } from './held-posts.ts';
import type { QuestionActor } from './question-actor.ts';
import { resolveTags, setQuestionTags } from './tags/question-tags.ts';

/** Text that must say something: not only spaces. */
export function requireText(text: string, field: string): string {
  if (text.trim() === '') throw invalid([{ field, message: 'must not be blank' }]);
  return text;
}

/**
 * Asks a question in a community the person may post in (or to the whole platform). It is held for a
 * moderator while the person's posts there need approval; otherwise published and announced at once.
 * The asker follows their question.
 */
export async function askQuestionCommand(
  deps: Deps,
  actor: QuestionActor,
  input: AskQuestionInput,
  key: IdempotencyKey | null,
): Promise<Answer<Created>> {
  const title = requireText(input.title, 'body:/title').replace(/\s+/g, ' ').trim();
  const answer = await writeOnce(deps.db, key, 201, async (tx) => {
    const standing = await requireReadableCommunity(tx, input.communityId, actor.personId);
    if (!canPostInCommunity(standing)) throw forbidden('Join the community to ask');
    await checkPostingLimit(tx, deps.config, 'question', actor.personId);
    const tags = await resolveTags(tx, input.tags, actor.personId);
    const state = postNeedsApproval(standing) ? 'pending' : 'published';
    const id = newId();
    await tx.insert(questions).values({
      id,
      communityId: input.communityId,
      authorId: actor.personId,
      title,
      body: input.body,
      state,
    });
    await setQuestionTags(
      tx,
      id,
      tags.map((t) => t.id),
    );
    await tx.insert(questionFollows).values({ questionId: id, personId: actor.personId }).onConflictDoNothing();
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.question_asked',
      subjectType: 'question',
      subjectId: id,
      ip: actor.ip,
      details: { communityId: input.communityId, state },
    });
    if (state === 'published') await announcePublishedPost(tx, deps, { postKind: 'question', postId: id });
    else await notifyModeratorsOfHeldPost(tx, input.communityId, { actorName: actor.name, title });
    return { id, state } satisfies Created;
  });
  if (!answer.replayed) await deps.publisher.flush();
  return answer;
}
