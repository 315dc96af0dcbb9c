import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ChannelDetail, ChannelSummary, Sidebar } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { chatActorOf } from '../actor.ts';
import {
  AddMemberBody,
  ChannelMemberParams,
  CreateChannelBody,
  MemberList,
  MembersQuery,
  OpenConversationBody,
  TAGS,
  UpdateChannelBody,
} from '../schema.ts';
import { channelDetailView, channelMembersView, sidebarView, workspaceChannelsView } from '../views.ts';
import { addChannelMemberCommand, removeChannelMemberCommand } from './channel-members.ts';
import { createChannelCommand } from './create-channel.ts';
import { openConversationCommand } from './open-conversation.ts';
import { updateChannelCommand } from './update-channel.ts';

export async function channelRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/workspaces/:id/channels',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a channel, open or closed (owners and members of the workspace, not guests)',
        params: IdParams,
        body: CreateChannelBody,
        response: { 201: ChannelSummary, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const channel = await createChannelCommand(deps, chatActorOf(request), request.params.id, request.body);
      return reply.status(201).send(channel);
    },
  );

  app.get(
    '/workspaces/:id/channels',
    {
      schema: {
        tags: TAGS,
        summary:
          'The channels of a workspace I may see: open ones (not for guests) and those I was added to, archived ones too',
        params: IdParams,
        response: { 200: Type.Array(ChannelSummary), ...problems(400, 401, 404) },
      },
    },
    async (request) => workspaceChannelsView(deps.db, chatActorOf(request).personId, request.params.id),
  );

  app.get(
    '/chat/sidebar',
    {
      schema: {
        tags: TAGS,
        summary: 'My workspaces with their channels I may see, and my conversations, with unread and mention counts',
        response: { 200: Sidebar, ...problems(401) },
      },
    },
    async (request) => sidebarView(deps.db, chatActorOf(request).personId),
  );

  app.get(
    '/channels/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A channel or conversation with my read state and what I may do',
        params: IdParams,
        response: { 200: ChannelDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => channelDetailView(deps.db, chatActorOf(request).personId, request.params.id),
  );

  app.patch(
    '/channels/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Rename a channel, set its topic, archive or restore it (owners of the workspace, the channel’s creator)',
        params: IdParams,
        body: UpdateChannelBody,
        response: { 200: ChannelSummary, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateChannelCommand(deps, chatActorOf(request), request.params.id, request.body),
  );

  app.get(
    '/channels/:id/members',
    {
      schema: {
        tags: TAGS,
        summary: 'Who reads the channel, by name (for the member list and @-mentions); q matches the start of a name',
        params: IdParams,
        querystring: MembersQuery,
        response: { 200: MemberList, ...problems(400, 401, 404) },
      },
    },
    async (request) => channelMembersView(deps.db, chatActorOf(request).personId, request.params.id, request.query),
  );

  app.post(
    '/channels/:id/members',
    {
      schema: {
        tags: TAGS,
        summary:
          'Add a workspace member to a closed channel, or a guest to any channel (owners and members who read it)',
        params: IdParams,
        body: AddMemberBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await addChannelMemberCommand(deps, chatActorOf(request), request.params.id, request.body.personId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/channels/:id/members/:personId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Leave a channel one was added to, or remove someone from it (owners of the workspace, the channel’s creator)',
        params: ChannelMemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeChannelMemberCommand(deps, chatActorOf(request), request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/conversations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Open a direct conversation with one person (201, or 200 with the existing one) or a group of up to 8 people (201)',
        body: OpenConversationBody,
        response: { 200: ChannelSummary, 201: ChannelSummary, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { created, channel } = await openConversationCommand(deps, chatActorOf(request), request.body.personIds);
      return reply.status(created ? 201 : 200).send(channel);
    },
  );
}
