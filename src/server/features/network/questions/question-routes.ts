import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  AcceptBody,
  AnswerBody,
  AskQuestionBody,
  CommentBody,
  Created,
  EditQuestionBody,
  FollowAnswer,
  FollowedTags,
  QUESTION_LIMITS,
  QuestionDetail,
  QuestionFilter,
  QuestionList,
  SimilarQuestions,
  VoteAnswer,
  VoteBody,
} from '../../../../shared/contracts/network-questions.ts';
import type { Deps } from '../../../deps.ts';
import { IdParams, Uuid } from '../../../platform/http/id-schemas.ts';
import { IdempotencyHeaders, idempotencyKeyOf } from '../../../platform/http/idempotency.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { acceptAnswerCommand } from './accept-answer.ts';
import { askQuestionCommand } from './ask-question.ts';
import { editAnswerCommand, editQuestionCommand } from './edit-posts.ts';
import { followedTags, followQuestionCommand, followTagCommand } from './follows.ts';
import { listQuestions } from './list-questions.ts';
import { postAnswerCommand } from './post-answer.ts';
import { postCommentCommand } from './post-comment.ts';
import { questionActorOf } from './question-actor.ts';
import { questionView } from './question-view.ts';
import { similarQuestions } from './similar-questions.ts';
import { voteCommand } from './vote.ts';

const TAGS = ['network'];

const ListQuery = Type.Object(
  {
    community: Type.Optional(Uuid),
    tag: Type.Optional(Uuid),
    filter: Type.Optional(QuestionFilter),
    q: Type.Optional(Type.String({ maxLength: QUESTION_LIMITS.searchText })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: QUESTION_LIMITS.pageSize })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  },
  { additionalProperties: false },
);

const SimilarQuery = Type.Object(
  {
    title: Type.String({ maxLength: QUESTION_LIMITS.title }),
    community: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const TagParams = Type.Object({ tagId: Uuid });

/** The network's questions routes (under /api/network). */
export async function questionRoutes(fastify: FastifyInstance, deps: Deps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/network/questions',
    {
      schema: {
        tags: TAGS,
        summary:
          'Questions one may read: all, open (no accepted answer), unanswered (3 days without an answer), mine, following; by community, tag or words',
        querystring: ListQuery,
        response: { 200: QuestionList, ...problems(400, 401) },
      },
    },
    async (request) => listQuestions(deps, questionActorOf(request).personId, request.query),
  );

  app.get(
    '/network/questions/similar',
    {
      schema: {
        tags: TAGS,
        summary: 'Up to 5 published questions whose titles share words with the title being typed (German full text)',
        querystring: SimilarQuery,
        response: { 200: SimilarQuestions, ...problems(400, 401) },
      },
    },
    async (request) =>
      similarQuestions(deps, questionActorOf(request).personId, request.query.title, request.query.community),
  );

  app.post(
    '/network/questions',
    {
      schema: {
        tags: TAGS,
        summary:
          'Ask a question in a community one is a member of (or platform-wide: communityId null), with tags; held for a moderator where first posts are approved',
        headers: IdempotencyHeaders,
        body: AskQuestionBody,
        response: { 201: Created, ...problems(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const actor = questionActorOf(request);
      const answer = await askQuestionCommand(deps, actor, request.body, idempotencyKeyOf(request, actor.personId));
      return reply.status(201).send(answer.body);
    },
  );

  app.get(
    '/network/questions/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A question with its answers, comments, tags, my votes and follow, and what I may do',
        params: IdParams,
        response: { 200: QuestionDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => questionView(deps, questionActorOf(request).personId, request.params.id),
  );

  app.patch(
    '/network/questions/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my question’s title, text or tags',
        params: IdParams,
        body: EditQuestionBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await editQuestionCommand(deps, questionActorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/network/questions/:id/answers',
    {
      schema: {
        tags: TAGS,
        summary: 'Answer a question (Markdown)',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: AnswerBody,
        response: { 201: Created, ...problems(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const actor = questionActorOf(request);
      const key = idempotencyKeyOf(request, actor.personId);
      const answer = await postAnswerCommand(deps, actor, request.params.id, request.body.body, key);
      return reply.status(201).send(answer.body);
    },
  );

  app.patch(
    '/network/answers/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my answer’s text',
        params: IdParams,
        body: AnswerBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await editAnswerCommand(deps, questionActorOf(request), request.params.id, request.body.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/network/questions/:id/comments',
    {
      schema: {
        tags: TAGS,
        summary: 'Comment on a question, or on one of its answers (answerId)',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CommentBody,
        response: { 201: Created, ...problems(400, 401, 403, 404, 422, 429) },
      },
    },
    async (request, reply) => {
      const actor = questionActorOf(request);
      const key = idempotencyKeyOf(request, actor.personId);
      const answer = await postCommentCommand(deps, actor, request.params.id, request.body, key);
      return reply.status(201).send(answer.body);
    },
  );

  for (const postKind of ['question', 'answer'] as const) {
    app.put(
      `/network/${postKind}s/:id/vote`,
      {
        schema: {
          tags: TAGS,
          summary: `Vote on someone else’s ${postKind}: 1, -1, or 0 to take the vote back`,
          params: IdParams,
          body: VoteBody,
          response: { 200: VoteAnswer, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        voteCommand(deps, questionActorOf(request), postKind, request.params.id, request.body.value as -1 | 0 | 1),
    );
  }

  app.put(
    '/network/questions/:id/accepted',
    {
      schema: {
        tags: TAGS,
        summary: 'Accept one of the answers (the asker or a moderator), or take the acceptance back (answerId null)',
        params: IdParams,
        body: AcceptBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await acceptAnswerCommand(deps, questionActorOf(request), request.params.id, request.body.answerId);
      return reply.status(204).send(null);
    },
  );

  for (const on of [true, false]) {
    const followQuestion = {
      schema: {
        tags: TAGS,
        summary: on ? 'Follow a question (hear of its answers)' : 'Stop following a question',
        params: IdParams,
        response: { 200: FollowAnswer, ...problems(400, 401, 404) },
      },
    };
    const followTag = {
      schema: {
        tags: TAGS,
        summary: on ? 'Follow a tag (hear of new questions with it)' : 'Stop following a tag',
        params: TagParams,
        response: { 200: FollowAnswer, ...problems(400, 401, 404) },
      },
    };
    const method = on ? app.put.bind(app) : app.delete.bind(app);
    method('/network/questions/:id/follow', followQuestion, async (request) =>
      followQuestionCommand(deps, questionActorOf(request).personId, (request.params as { id: string }).id, on),
    );
    method('/network/tags/:tagId/follow', followTag, async (request) =>
      followTagCommand(deps, questionActorOf(request).personId, (request.params as { tagId: string }).tagId, on),
    );
  }

  app.get(
    '/network/tags/followed',
    {
      schema: {
        tags: TAGS,
        summary: 'The tags I follow',
        response: { 200: FollowedTags, ...problems(401) },
      },
    },
    async (request) => ({ items: await followedTags(deps, questionActorOf(request).personId) }),
  );
}
