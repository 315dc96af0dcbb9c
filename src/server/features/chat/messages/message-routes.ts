import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ChatMessage, MessagePage, Thread } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { IdempotencyHeaders, idempotencyKeyOf } from '../../../platform/http/idempotency.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { chatActorOf } from '../actor.ts';
import { EditMessageBody, PageQuery, PostMessageBody, ReactionParams, ReactionsAnswer, TAGS } from '../schema.ts';
import { messagePageView, threadView } from '../views.ts';
import { deleteMessageCommand, editMessageCommand } from './change-message.ts';
import { postMessageCommand } from './post-message.ts';
import { reactCommand } from './react.ts';

export async function messageRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/channels/:id/messages',
    {
      schema: {
        tags: TAGS,
        summary:
          'A page of messages (oldest first): the newest, or before/after a sequence number, or around a message ID or sequence number; limit ≤ 100 (50)',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: MessagePage, ...problems(400, 401, 404) },
      },
    },
    async (request) => messagePageView(deps.db, chatActorOf(request).personId, request.params.id, request.query),
  );

  app.post(
    '/channels/:id/messages',
    {
      schema: {
        tags: TAGS,
        summary:
          'Post a message (Markdown, up to 16,000 characters), a thread reply (threadRootId, optionally alsoInChannel) and/or uploaded attachments; a repeat with the same Idempotency-Key answers as the first post',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: PostMessageBody,
        response: { 201: ChatMessage, ...problems(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = chatActorOf(request);
      const key = idempotencyKeyOf(request, actor.personId);
      const answer = await postMessageCommand(deps, actor, request.params.id, request.body, key);
      return reply.status(201).send(answer.body);
    },
  );

  app.get(
    '/messages/:id/thread',
    {
      schema: {
        tags: TAGS,
        summary: 'A thread: its root message and the replies (given a reply, the thread it is in)',
        params: IdParams,
        response: { 200: Thread, ...problems(400, 401, 404) },
      },
    },
    async (request) => threadView(deps.db, chatActorOf(request).personId, request.params.id),
  );

  app.patch(
    '/messages/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Edit a message’s text (its author); it is marked as edited',
        params: IdParams,
        body: EditMessageBody,
        response: { 200: ChatMessage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => editMessageCommand(deps, chatActorOf(request), request.params.id, request.body.text),
  );

  app.delete(
    '/messages/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete a message (its author, or an owner of the workspace); "Nachricht gelöscht" stays in its place',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteMessageCommand(deps, chatActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  for (const on of [true, false]) {
    const handler = async (request: { params: { id: string; emoji: string } } & Parameters<typeof chatActorOf>[0]) =>
      reactCommand(deps, chatActorOf(request), request.params.id, request.params.emoji, on);
    const options = {
      schema: {
        tags: TAGS,
        summary: on ? 'React to a message with one emoji (URL-encoded)' : 'Take back my reaction with this emoji',
        params: ReactionParams,
        response: { 200: ReactionsAnswer, ...problems(400, 401, 404, 409) },
      },
    };
    if (on) app.put('/messages/:id/reactions/:emoji', options, handler);
    else app.delete('/messages/:id/reactions/:emoji', options, handler);
  }
}
