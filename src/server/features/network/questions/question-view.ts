import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  AnswerView,
  PostComment,
  PostState,
  QuestionDetail,
} from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { persons } from '../../../platform/auth/tables.ts';
import { renderMessage } from '../../chat/messages/markdown.ts';
import { answers, communities, postComments, postVotes, questionFollows, questions } from '../tables.ts';
import { tagsOf } from './list-questions.ts';
import { isPostVisible, requireVisibleQuestion } from './question-access.ts';

/**
 * A question with its answers (the accepted one first, then by score, then oldest first), comments,
 * tags, the person's votes and follow, and what they may do. Pending and hidden posts appear only to
 * their authors and the moderators.
 */
export async function questionView(deps: Deps, personId: string, questionId: string): Promise<QuestionDetail> {
  const access = await deps.db.transaction((tx) => requireVisibleQuestion(tx, questionId, personId));
  const db = deps.db;
  const [[q], answerRows, commentRows, votes, [follow], tags] = await Promise.all([
    db
      .select({
        id: questions.id,
        title: questions.title,
        body: questions.body,
        state: questions.state,
        hiddenReason: questions.hiddenReason,
        authorId: questions.authorId,
        authorName: persons.name,
        communityId: communities.id,
        communitySlug: communities.slug,
        communityName: communities.name,
        score: questions.score,
        answerCount: questions.answerCount,
        acceptedAnswerId: questions.acceptedAnswerId,
        createdAt: questions.createdAt,
        updatedAt: questions.updatedAt,
        lastActivityAt: questions.lastActivityAt,
      })
      .from(questions)
      .innerJoin(persons, eq(persons.id, questions.authorId))
      .leftJoin(communities, eq(communities.id, questions.communityId))
      .where(eq(questions.id, questionId)),
    db
      .select({
        id: answers.id,
        body: answers.body,
        state: answers.state,
        hiddenReason: answers.hiddenReason,
        authorId: answers.authorId,
        authorName: persons.name,
        score: answers.score,
        createdAt: answers.createdAt,
        updatedAt: answers.updatedAt,
      })
      .from(answers)
      .innerJoin(persons, eq(persons.id, answers.authorId))
      .where(eq(answers.questionId, questionId))
      .orderBy(asc(answers.createdAt)),
    db
      .select({
        id: postComments.id,
        postKind: postComments.postKind,
        postId: postComments.postId,
        body: postComments.body,
        state: postComments.state,
        hiddenReason: postComments.hiddenReason,
        authorId: postComments.authorId,
        authorName: persons.name,
        createdAt: postComments.createdAt,
      })
      .from(postComments)
      .innerJoin(persons, eq(persons.id, postComments.authorId))
      .where(eq(postComments.questionId, questionId))
      .orderBy(asc(postComments.createdAt)),
    db
      .select({ postId: postVotes.postId, value: postVotes.value })
      .from(postVotes)
      .where(and(eq(postVotes.personId, personId), inArray(postVotes.postId, [questionId]))),
    db
      .select({ personId: questionFollows.personId })
      .from(questionFollows)
      .where(and(eq(questionFollows.questionId, questionId), eq(questionFollows.personId, personId))),
    tagsOf(db, [questionId]),
  ]);
  if (!q) throw new Error('question vanished');
  const mineOrNot = postOf(personId);
  const visibleAnswers = answerRows.filter((a) => isPostVisible(a, personId, access.canModerate));
  const answerVotes = visibleAnswers.length
    ? await db
        .select({ postId: postVotes.postId, value: postVotes.value })
        .from(postVotes)
        .where(
          and(
            eq(postVotes.personId, personId),
            inArray(
              postVotes.postId,
              visibleAnswers.map((a) => a.id),
            ),
          ),
        )
    : [];
  const myVote = new Map([...votes, ...answerVotes].map((v) => [v.postId, v.value]));
  const comments = commentRows
    .filter((c) => isPostVisible(c, personId, access.canModerate))
    .map(
      (c): PostComment => ({
        ...mineOrNot(c),
        postKind: c.postKind as 'question' | 'answer',
        postId: c.postId,
      }),
    );
  const commentsOn = (postId: string) => comments.filter((c) => c.postId === postId);
  const answerViews = visibleAnswers
    .map(
      (a): AnswerView => ({
        ...mineOrNot(a),
        updatedAt: a.updatedAt.toISOString(),
        score: a.score,
        myVote: myVote.get(a.id) ?? 0,
        accepted: a.id === q.acceptedAnswerId,
        comments: commentsOn(a.id),
      }),
    )
    .sort((x, y) => Number(y.accepted) - Number(x.accepted) || y.score - x.score);
  return {
    ...mineOrNot(q),
    title: q.title,
    updatedAt: q.updatedAt.toISOString(),
    lastActivityAt: q.lastActivityAt.toISOString(),
    community: q.communityId ? { id: q.communityId, slug: q.communitySlug ?? '', name: q.communityName ?? '' } : null,
    tags: tags.get(questionId) ?? [],
    score: q.score,
    myVote: myVote.get(questionId) ?? 0,
    answerCount: q.answerCount,
    acceptedAnswerId: q.acceptedAnswerId,
    following: follow !== undefined,
    canPost: access.canPost,
    canAccept: q.authorId === personId || access.canModerate,
    canModerate: access.canModerate,
    comments: commentsOn(questionId),
    answers: answerViews,
  };
}

function postOf(personId: string) {
  return (row: Parameters<typeof post>[0]) => ({ ...post(row), mine: row.authorId === personId });
}

function post(row: {
  id: string;
  body: string;
  state: string;
  hiddenReason: string | null;
  authorId: string;
  authorName: string;
  createdAt: Date;
}) {
  return {
    id: row.id,
    author: { id: row.authorId, name: row.authorName },
    body: row.body,
    bodyHtml: renderMessage(row.body),
    state: row.state as PostState,
    hiddenReason: row.hiddenReason,
    createdAt: row.createdAt.toISOString(),
  };
}
