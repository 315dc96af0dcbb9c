import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { type CommunityStanding, canModerateCommunity, canPostInCommunity } from '../policy.ts';
import { answers, questions } from '../tables.ts';

export interface QuestionAccess {
  question: {
    id: string;
    communityId: string | null;
    authorId: string;
    title: string;
    state: string;
    acceptedAnswerId: string | null;
  };
  standing: CommunityStanding;
  canModerate: boolean;
  canPost: boolean;
}

/**
 * Pending and hidden posts exist only for their author and the community's moderators; to anyone
 * else they are not there at all.
 */
export function isPostVisible(
  post: { state: string; authorId: string },
  personId: string,
  canModerate: boolean,
): boolean {
  return post.state === 'published' || post.authorId === personId || canModerate;
}

/** The question as this person may see it, with what they may do there; 404 when they may not see it. */
export async function requireVisibleQuestion(
  tx: Tx,
  questionId: string,
  personId: string,
  options: { lock?: boolean } = {},
): Promise<QuestionAccess> {
  const query = tx
    .select({
      id: questions.id,
      communityId: questions.communityId,
      authorId: questions.authorId,
      title: questions.title,
      state: questions.state,
      acceptedAnswerId: questions.acceptedAnswerId,
    })
    .from(questions)
    .where(eq(questions.id, questionId));
  const [question] = options.lock ? await query.for('update') : await query;
  if (!question) throw notFound('Question');
  const standing = await requireReadableCommunity(tx, question.communityId, personId, 'Question');
  const canModerate = canModerateCommunity(standing);
  if (!isPostVisible(question, personId, canModerate)) throw notFound('Question');
  return { question, standing, canModerate, canPost: canPostInCommunity(standing) };
}

/** 403 unless the person may post where the question is (a member of its community). */
export function requirePosting(access: QuestionAccess): void {
  if (!access.canPost) throw forbidden('Join the community to take part');
}

/** An answer the person may see, with its question's access; 404 otherwise. */
export async function requireVisibleAnswer(
  tx: Tx,
  answerId: string,
  personId: string,
  options: { lock?: boolean } = {},
) {
  const [answer] = await tx
    .select({
      id: answers.id,
      questionId: answers.questionId,
      authorId: answers.authorId,
      state: answers.state,
      body: answers.body,
    })
    .from(answers)
    .where(eq(answers.id, answerId));
  if (!answer) throw notFound('Answer');
  const access = await requireVisibleQuestion(tx, answer.questionId, personId, options);
  if (!isPostVisible(answer, personId, access.canModerate)) throw notFound('Answer');
  return { answer, access };
}
