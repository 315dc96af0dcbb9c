import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { createWorkspaceCommand } from './commands/create-workspace.ts';
import { updateWorkspaceCommand } from './commands/update-workspace.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { memberRoutes } from './member-routes.ts';
import type { Actor } from './membership-change.ts';
import {
  CreateWorkspaceBody,
  ListQuery,
  TAGS,
  UpdateWorkspaceBody,
  Workspace,
  WorkspaceDetail,
  WorkspaceList,
} from './schema.ts';
import { workspaceDetailView, workspaceListView } from './views.ts';

/** The signed-in person making a change, and from where; 401 when signed out. */
export function actorOf(request: FastifyRequest): Actor {
  return { personId: requirePrincipal(request).personId, ip: request.ip };
}

export async function workspaceRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/workspaces',
    {
      schema: {
        tags: TAGS,
        summary: 'My workspaces; with discover=true also those I may join or ask to join',
        querystring: ListQuery,
        response: { 200: WorkspaceList, ...problems(400, 401) },
      },
    },
    async (request) => workspaceListView(deps.db, requirePrincipal(request), request.query),
  );

  app.post(
    '/workspaces',
    {
      schema: {
        tags: TAGS,
        summary:
          'Create a workspace for an organisation or alliance I belong to; I become its owner and it gets a default channel',
        body: CreateWorkspaceBody,
        response: { 201: Workspace, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const workspace = await createWorkspaceCommand(deps, actorOf(request), request.body);
      return reply.status(201).send(workspace);
    },
  );

  app.get(
    '/workspaces/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'A workspace with its members and the channels I can see (members); its description and how to join (those who may find it)',
        params: IdParams,
        response: { 200: WorkspaceDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => workspaceDetailView(deps.db, requirePrincipal(request), request.params.id),
  );

  app.patch(
    '/workspaces/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change name, description or visibility (owners)',
        params: IdParams,
        body: UpdateWorkspaceBody,
        response: { 200: Workspace, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateWorkspaceCommand(deps, actorOf(request), request.params.id, request.body),
  );

  await memberRoutes(fastify, deps);
  await invitationRoutes(fastify, deps);
}
