import { type Static, Type } from 'typebox';

/**
 * Questions and answers of the network (src/server/features/network/questions): asking in a community
 * or to the whole platform, answers, comments, votes, the accepted answer, follows. Bodies are Markdown
 * as in chat; the server sends the rendered, safe HTML beside the text.
 */
export const QUESTION_LIMITS = {
  title: 300,
  body: 20_000,
  answer: 20_000,
  comment: 2_000,
  tags: 5,
  tagName: 60,
  searchText: 200,
  pageSize: 50,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const PostState = Type.Union([Type.Literal('pending'), Type.Literal('published'), Type.Literal('hidden')]);
export type PostState = Static<typeof PostState>;

export const QuestionFilter = Type.Union([
  Type.Literal('all'),
  Type.Literal('open'),
  Type.Literal('unanswered'),
  Type.Literal('mine'),
  Type.Literal('following'),
]);
export type QuestionFilter = Static<typeof QuestionFilter>;
export const QUESTION_FILTERS: readonly QuestionFilter[] = ['all', 'open', 'unanswered', 'mine', 'following'];

export const PersonRef = Type.Object({ id: Uuid, name: Type.String() });
export const TagRef = Type.Object({ id: Uuid, name: Type.String() });
export type TagRef = Static<typeof TagRef>;
export const CommunityRef = Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() });

/** One question in a list. */
export const QuestionSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  state: PostState,
  author: PersonRef,
  community: Nullable(CommunityRef),
  tags: Type.Array(TagRef),
  answerCount: Type.Integer(),
  score: Type.Integer(),
  accepted: Type.Boolean(),
  createdAt: Timestamp,
  lastActivityAt: Timestamp,
});
export type QuestionSummary = Static<typeof QuestionSummary>;

export const QuestionList = Type.Object({ items: Type.Array(QuestionSummary), total: Type.Integer() });
export type QuestionList = Static<typeof QuestionList>;

export const SimilarQuestion = Type.Object({
  id: Uuid,
  title: Type.String(),
  answerCount: Type.Integer(),
  accepted: Type.Boolean(),
});
export const SimilarQuestions = Type.Object({ items: Type.Array(SimilarQuestion) });
export type SimilarQuestions = Static<typeof SimilarQuestions>;

const postFields = {
  id: Uuid,
  author: PersonRef,
  /** Whether the person asking wrote it (edits, no votes). */
  mine: Type.Boolean(),
  body: Type.String(),
  bodyHtml: Type.String(),
  state: PostState,
  /** Shown only to the author and the moderators, as the post itself when it is not published. */
  hiddenReason: Nullable(Type.String()),
  createdAt: Timestamp,
};

export const PostComment = Type.Object({
  ...postFields,
  postKind: Type.Union([Type.Literal('question'), Type.Literal('answer')]),
  postId: Uuid,
});
export type PostComment = Static<typeof PostComment>;

export const AnswerView = Type.Object({
  ...postFields,
  updatedAt: Timestamp,
  score: Type.Integer(),
  myVote: Type.Integer({ minimum: -1, maximum: 1 }),
  accepted: Type.Boolean(),
  comments: Type.Array(PostComment),
});
export type AnswerView = Static<typeof AnswerView>;

/** A question with everything its page shows. */
export const QuestionDetail = Type.Object({
  ...postFields,
  title: Type.String(),
  updatedAt: Timestamp,
  lastActivityAt: Timestamp,
  community: Nullable(CommunityRef),
  tags: Type.Array(TagRef),
  score: Type.Integer(),
  myVote: Type.Integer({ minimum: -1, maximum: 1 }),
  answerCount: Type.Integer(),
  acceptedAnswerId: Nullable(Uuid),
  following: Type.Boolean(),
  /** May the person answer, comment and vote here (a member of the community, or anyone platform-wide). */
  canPost: Type.Boolean(),
  /** May the person accept an answer (the asker or a moderator). */
  canAccept: Type.Boolean(),
  canModerate: Type.Boolean(),
  comments: Type.Array(PostComment),
  answers: Type.Array(AnswerView),
});
export type QuestionDetail = Static<typeof QuestionDetail>;

const TagName = Type.String({ minLength: 1, maxLength: QUESTION_LIMITS.tagName });

export const AskQuestionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: QUESTION_LIMITS.title }),
    body: Type.String({ maxLength: QUESTION_LIMITS.body }),
    communityId: Nullable(Uuid),
    tags: Type.Array(TagName, { maxItems: QUESTION_LIMITS.tags }),
  },
  { additionalProperties: false },
);
export type AskQuestionInput = Static<typeof AskQuestionBody>;

export const EditQuestionBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: QUESTION_LIMITS.title })),
    body: Type.Optional(Type.String({ maxLength: QUESTION_LIMITS.body })),
    tags: Type.Optional(Type.Array(TagName, { maxItems: QUESTION_LIMITS.tags })),
  },
  { additionalProperties: false },
);
export type EditQuestionInput = Static<typeof EditQuestionBody>;

export const AnswerBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: QUESTION_LIMITS.answer }) },
  { additionalProperties: false },
);

export const CommentBody = Type.Object(
  {
    /** The answer commented on; without it, the question. */
    answerId: Type.Optional(Uuid),
    body: Type.String({ minLength: 1, maxLength: QUESTION_LIMITS.comment }),
  },
  { additionalProperties: false },
);
export type CommentInput = Static<typeof CommentBody>;

export const VoteBody = Type.Object(
  { value: Type.Union([Type.Literal(-1), Type.Literal(0), Type.Literal(1)]) },
  { additionalProperties: false },
);
export const VoteAnswer = Type.Object({ score: Type.Integer(), myVote: Type.Integer() });

export const AcceptBody = Type.Object({ answerId: Nullable(Uuid) }, { additionalProperties: false });

export const Created = Type.Object({ id: Uuid, state: PostState });
export type Created = Static<typeof Created>;

export const FollowAnswer = Type.Object({ following: Type.Boolean() });
export const FollowedTags = Type.Object({ items: Type.Array(TagRef) });
export type FollowedTags = Static<typeof FollowedTags>;
