import { type Static, Type } from 'typebox';

/**
 * Moderation of the network's posts (src/server/features/network/moderation): held first posts
 * (approve, refuse), reports and their settling, hiding and unhiding with a written reason.
 */
export const MODERATION_LIMITS = {
  reason: 1_000,
  /** How many held posts and reported posts the queue answers at most, each. */
  queue: 200,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export type PostKind = 'question' | 'answer' | 'comment';
export type PostState = 'pending' | 'published' | 'hidden';
export const PostKindSchema = Type.Union([Type.Literal('question'), Type.Literal('answer'), Type.Literal('comment')]);
export const PostStateSchema = Type.Union([Type.Literal('pending'), Type.Literal('published'), Type.Literal('hidden')]);

export const PostParams = Type.Object({ postKind: PostKindSchema, postId: Uuid });
export const QuestionParams = Type.Object({ questionId: Uuid });

/** The written reason of a refusal, a hiding, an unhiding or a dismissal. */
export const Reason = Type.String({ minLength: 1, maxLength: MODERATION_LIMITS.reason, pattern: '\\S' });
export const ReasonInput = Type.Object({ reason: Reason }, { additionalProperties: false });

export const ReportInput = Type.Object(
  { postKind: PostKindSchema, postId: Uuid, reason: Reason },
  { additionalProperties: false },
);
export const ReportCreated = Type.Object({ id: Uuid });

/** The queue of one community (its ID or slug), or without one of everything the caller moderates. */
export const QueueQuery = Type.Object({
  community: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});

/** A post's state after a moderator's action. */
export const PostModerationState = Type.Object({
  postKind: PostKindSchema,
  postId: Uuid,
  state: PostStateSchema,
  hiddenReason: Nullable(Type.String()),
});

const QueueCommunity = Nullable(Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() }));

const QueuePost = {
  postKind: PostKindSchema,
  postId: Uuid,
  questionId: Uuid,
  questionTitle: Type.String(),
  /** The post's text (for a question its body; the title is `questionTitle`). */
  text: Type.String(),
  state: PostStateSchema,
  author: Type.Object({ id: Uuid, name: Type.String(), organisationName: Nullable(Type.String()) }),
  community: QueueCommunity,
  createdAt: Timestamp,
};

export const HeldPost = Type.Object(QueuePost);

export const ReportedPost = Type.Object({
  ...QueuePost,
  reports: Type.Array(
    Type.Object({ id: Uuid, reason: Type.String(), reporterName: Type.String(), createdAt: Timestamp }),
  ),
});

export const ModerationQueue = Type.Object({
  /** The community asked for; null for the queue of everything the caller moderates. */
  community: QueueCommunity,
  held: Type.Array(HeldPost),
  reported: Type.Array(ReportedPost),
  counts: Type.Object({ held: Type.Integer(), reported: Type.Integer(), reports: Type.Integer() }),
});

/** What the signed-in person has to do with a question's posts: which are theirs, which they reported. */
export const MyPostsOfQuestion = Type.Object({
  mine: Type.Array(Uuid),
  reported: Type.Array(Uuid),
});

export type ReasonInput = Static<typeof ReasonInput>;
export type ReportInput = Static<typeof ReportInput>;
export type PostModerationState = Static<typeof PostModerationState>;
export type HeldPost = Static<typeof HeldPost>;
export type ReportedPost = Static<typeof ReportedPost>;
export type ModerationQueue = Static<typeof ModerationQueue>;
export type MyPostsOfQuestion = Static<typeof MyPostsOfQuestion>;
