import { and, eq } from 'drizzle-orm';
import type { MyPostsOfQuestion } from '../../../../shared/contracts/network-moderation.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { canModerateCommunity } from '../policy.ts';
import { answers, postComments, postReports, questions } from '../tables.ts';

/**
 * Which of a question's posts (the question, its answers and comments) are the caller's and which the
 * caller reported, so the question page offers "report" only where it applies.
 */
export async function myPostsOfQuestion(
  db: Db,
  principal: Principal | null,
  questionId: string,
): Promise<MyPostsOfQuestion> {
  if (!principal) throw unauthenticated();
  const me = principal.personId;
  return db.transaction(async (tx) => {
    const [question] = await tx
      .select({ communityId: questions.communityId, authorId: questions.authorId, state: questions.state })
      .from(questions)
      .where(eq(questions.id, questionId));
    if (!question) throw notFound('Question');
    const standing = await requireReadableCommunity(tx, question.communityId, me, 'Question');
    if (question.state !== 'published' && question.authorId !== me && !canModerateCommunity(standing)) {
      throw notFound('Question');
    }
    const [myAnswers, myComments, reported] = await inTurn([
      tx
        .select({ id: answers.id })
        .from(answers)
        .where(and(eq(answers.questionId, questionId), eq(answers.authorId, me))),
      tx
        .select({ id: postComments.id })
        .from(postComments)
        .where(and(eq(postComments.questionId, questionId), eq(postComments.authorId, me))),
      tx
        .select({ id: postReports.postId })
        .from(postReports)
        .where(and(eq(postReports.questionId, questionId), eq(postReports.reporterId, me))),
    ]);
    return {
      mine: [...(question.authorId === me ? [questionId] : []), ...myAnswers, ...myComments].map((r) =>
        typeof r === 'string' ? r : r.id,
      ),
      reported: reported.map((r) => r.id),
    };
  });
}
