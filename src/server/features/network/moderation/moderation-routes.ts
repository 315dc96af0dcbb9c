import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ModerationQueue,
  MyPostsOfQuestion,
  PostModerationState,
  PostParams,
  QuestionParams,
  QueueQuery,
  ReasonInput,
  ReportCreated,
  ReportInput,
} from '../../../../shared/contracts/network-moderation.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { approvePost, refusePost } from './decide-held-post.ts';
import { dismissReports, hidePost, unhidePost } from './hide-post.ts';
import { moderationQueue } from './moderation-queue.ts';
import { myPostsOfQuestion } from './my-posts.ts';
import { reportPost } from './report-post.ts';

const tags = ['network'];

/** The network's moderation routes (under /api/network): held posts, reports, hiding with a reason. */
export async function moderationRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/network/moderation/queue',
    {
      schema: {
        tags,
        summary:
          'Held posts and open reports of one community I moderate (its ID or slug), or of everything I moderate',
        querystring: QueueQuery,
        response: { 200: ModerationQueue, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => moderationQueue(deps.db, request.principal, request.query.community),
  );

  r.get(
    '/network/moderation/questions/:questionId/mine',
    {
      schema: {
        tags,
        summary: 'Which posts of a question are mine and which I reported',
        params: QuestionParams,
        response: { 200: MyPostsOfQuestion, ...problems(400, 401, 404) },
      },
    },
    async (request) => myPostsOfQuestion(deps.db, request.principal, request.params.questionId),
  );

  r.post(
    '/network/moderation/reports',
    {
      schema: {
        tags,
        summary: 'Report a post I read and did not write to its moderators (once per post)',
        body: ReportInput,
        response: { 201: ReportCreated, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await reportPost(deps, request.principal, request.body)),
  );

  r.post(
    '/network/moderation/posts/:postKind/:postId/approve',
    {
      schema: {
        tags,
        summary: 'Let a held post through (moderators); its author’s later posts no longer wait',
        params: PostParams,
        response: { 200: PostModerationState, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => approvePost(deps, request.principal, request.ip, request.params.postKind, request.params.postId),
  );

  const withReason = [
    ['refuse', 'Refuse a held post with a reason (moderators); it stays hidden', refusePost],
    ['hide', 'Hide a published post with a reason (moderators); its open reports are settled', hidePost],
    ['unhide', 'Show a hidden post again, with a reason (moderators)', unhidePost],
  ] as const;
  for (const [action, summary, command] of withReason) {
    r.post(
      `/network/moderation/posts/:postKind/:postId/${action}`,
      {
        schema: {
          tags,
          summary,
          params: PostParams,
          body: ReasonInput,
          response: { 200: PostModerationState, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        command(
          deps,
          request.principal,
          request.ip,
          request.params.postKind,
          request.params.postId,
          request.body.reason,
        ),
    );
  }

  r.post(
    '/network/moderation/posts/:postKind/:postId/dismiss-reports',
    {
      schema: {
        tags,
        summary: 'Dismiss the open reports of a post with a reason (moderators); the post stays as it is',
        params: PostParams,
        body: ReasonInput,
        response: { 200: Type.Object({ dismissed: Type.Integer() }), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      dismissReports(
        deps,
        request.principal,
        request.ip,
        request.params.postKind,
        request.params.postId,
        request.body.reason,
      ),
  );
}
