import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CommunityChannel,
  CommunityDetail,
  CommunityList,
  CommunityListQuery,
  CommunityMemberParams,
  CommunityMembers,
  CommunityParams,
  CreateCommunityInput,
  JoinCommunityInput,
  MemberRoleInput,
  UpdateCommunityInput,
} from '../../../../shared/contracts/network-communities.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { answerJoinRequest } from './answer-request.ts';
import { actorOf, loadCommunity } from './community-access.ts';
import { communityDetail } from './community-views.ts';
import { createCommunity } from './create-community.ts';
import { joinCommunity } from './join-community.ts';
import { leaveCommunity } from './leave-community.ts';
import { listCommunities } from './list-communities.ts';
import { listMembers } from './list-members.ts';
import { removeMember, setMemberRole } from './manage-members.ts';
import { switchOnChannel } from './switch-on-channel.ts';
import { updateCommunity } from './update-community.ts';

const tags = ['network'];
const base = '/network/communities';

/** The network's communities routes (under /api/network): communities, joining, members, the chat. */
export async function communityRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    base,
    {
      schema: {
        tags,
        summary:
          'A page of every community (name, description, members), or of those matching q (German search); mine: my own',
        querystring: CommunityListQuery,
        response: { 200: CommunityList, ...problems(400, 401) },
      },
    },
    async (request) => listCommunities(deps.db, actorOf(request.principal, request.ip).personId, request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Found a community (people with a confirmed home organisation); I become its moderator',
        body: CreateCommunityInput,
        response: { 201: CommunityDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCommunity(deps, actorOf(request.principal, request.ip), request.body)),
  );

  r.get(
    `${base}/:idOrSlug`,
    {
      schema: {
        tags,
        summary: 'A community by ID or slug, with its moderators, counts and my standing in it',
        params: CommunityParams,
        response: { 200: CommunityDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { personId } = actorOf(request.principal, request.ip);
      return deps.db.transaction(async (tx) => {
        const { community, standing } = await loadCommunity(tx, personId, request.params.idOrSlug);
        return communityDetail(tx, personId, community, standing);
      });
    },
  );

  r.patch(
    `${base}/:idOrSlug`,
    {
      schema: {
        tags,
        summary: 'Change a community’s name, description, joining, held first posts, or archive it (moderators)',
        params: CommunityParams,
        body: UpdateCommunityInput,
        response: { 200: CommunityDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateCommunity(deps, actorOf(request.principal, request.ip), request.params.idOrSlug, request.body),
  );

  r.post(
    `${base}/:idOrSlug/join`,
    {
      schema: {
        tags,
        summary: 'Join an open community at once, or ask to join one by request (with a note to its moderators)',
        params: CommunityParams,
        body: JoinCommunityInput,
        response: { 200: CommunityDetail, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) =>
      joinCommunity(deps, actorOf(request.principal, request.ip), request.params.idOrSlug, request.body ?? {}),
  );

  r.post(
    `${base}/:idOrSlug/leave`,
    {
      schema: {
        tags,
        summary: 'Leave a community or take back my request; the last moderator cannot leave (409)',
        params: CommunityParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await leaveCommunity(deps, actorOf(request.principal, request.ip), request.params.idOrSlug);
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${base}/:idOrSlug/members`,
    {
      schema: {
        tags,
        summary: 'The members with their organisations (request communities: members only); moderators see requests',
        params: CommunityParams,
        response: { 200: CommunityMembers, ...problems(400, 401, 404) },
      },
    },
    async (request) => listMembers(deps.db, actorOf(request.principal, request.ip).personId, request.params.idOrSlug),
  );

  for (const [action, accepted] of [
    ['accept', true],
    ['refuse', false],
  ] as const) {
    r.post(
      `${base}/:idOrSlug/requests/:personId/${action}`,
      {
        schema: {
          tags,
          summary: accepted
            ? 'Accept a request to join (moderators); the person is told'
            : 'Refuse a request to join (moderators); the person is told',
          params: CommunityMemberParams,
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { idOrSlug, personId } = request.params;
        await answerJoinRequest(deps, actorOf(request.principal, request.ip), idOrSlug, personId, accepted);
        return reply.code(204).send(null);
      },
    );
  }

  r.patch(
    `${base}/:idOrSlug/members/:personId`,
    {
      schema: {
        tags,
        summary: 'Make a member a moderator or a moderator a member (moderators); the last moderator stays (409)',
        params: CommunityMemberParams,
        body: MemberRoleInput,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { idOrSlug, personId } = request.params;
      await setMemberRole(deps, actorOf(request.principal, request.ip), idOrSlug, personId, request.body.role);
      return reply.code(204).send(null);
    },
  );

  r.delete(
    `${base}/:idOrSlug/members/:personId`,
    {
      schema: {
        tags,
        summary: 'Remove a member (moderators); they lose the community’s chat at once',
        params: CommunityMemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { idOrSlug, personId } = request.params;
      await removeMember(deps, actorOf(request.principal, request.ip), idOrSlug, personId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    `${base}/:idOrSlug/channel`,
    {
      schema: {
        tags,
        summary: 'Switch the community’s chat on (moderators): a chat channel its members are kept in',
        params: CommunityParams,
        response: { 200: CommunityChannel, 201: CommunityChannel, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await switchOnChannel(deps, actorOf(request.principal, request.ip), request.params.idOrSlug);
      return reply.code(result.created ? 201 : 200).send({ channelId: result.channelId });
    },
  );
}
