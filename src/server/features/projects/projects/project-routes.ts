import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  BaselineInput,
  CreateProjectInput,
  MyProjects,
  OverrideInput,
  Project,
  ProjectDetail,
  ProjectList,
  ProjectParams,
  StatusNoteInput,
  UpdateProjectInput,
  WorkspaceProjectsParams,
} from '../../../../shared/contracts/projects.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { projectFor } from '../access.ts';
import { addStatusNote } from './add-status-note.ts';
import { createBaseline } from './create-baseline.ts';
import { createProject } from './create-project.ts';
import { deleteProject } from './delete-project.ts';
import { listProjects } from './list-projects.ts';
import { myProjects } from './my-projects.ts';
import { overrideHealth } from './override-health.ts';
import { projectDetail } from './project-detail.ts';
import { updateProject } from './update-project.ts';

const tags = ['projects'];

/** Projects of a workspace: settings, status notes, baselines, the override of their colour. */
export async function projectRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/workspaces/:id/projects',
    {
      schema: {
        tags,
        summary: 'The workspace’s projects I may see, with their computed health and progress',
        params: WorkspaceProjectsParams,
        response: { 200: ProjectList, ...problems(400, 401, 404) },
      },
    },
    async (request) => listProjects(deps.db, request.principal, request.params.id),
  );

  r.get(
    '/me/projects',
    {
      schema: {
        tags,
        summary: 'Every project I may see in the workspaces I belong to, by workspace and name (for pickers)',
        response: { 200: MyProjects, ...problems(401) },
      },
    },
    async (request) => myProjects(deps.db, request.principal),
  );

  r.post(
    '/workspaces/:id/projects',
    {
      schema: {
        tags,
        summary: 'Start a project in the workspace (owners and members); I lead it unless another lead is named',
        params: WorkspaceProjectsParams,
        body: CreateProjectInput,
        response: { 201: Project, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const project = await createProject(deps.db, request.principal, request.params.id, request.body);
      return reply.code(201).send(project);
    },
  );

  r.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'A project with its milestones, baselines and latest status notes',
        params: ProjectParams,
        response: { 200: ProjectDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) =>
      deps.db.transaction(async (tx) => {
        const { project, standing } = await projectFor(tx, request.principal, request.params.id, 'see');
        return projectDetail(tx, project, standing);
      }),
  );

  r.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project’s settings (its lead and the workspace’s owners); partnerIds replaces the partners',
        params: ProjectParams,
        body: UpdateProjectInput,
        response: { 200: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateProject(deps.db, request.principal, request.params.id, request.body),
  );

  r.delete(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Delete a project with its milestones and tasks (its lead and the workspace’s owners)',
        params: ProjectParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteProject(deps.db, request.principal, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/projects/:id/status-notes',
    {
      schema: {
        tags,
        summary: 'Write a short status of the project (whoever works on it)',
        params: ProjectParams,
        body: StatusNoteInput,
        response: { 201: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addStatusNote(deps.db, request.principal, request.params.id, request.body.text)),
  );

  r.post(
    '/projects/:id/baselines',
    {
      schema: {
        tags,
        summary: 'Freeze the plan (milestone dates, task due dates) under a name; later dates are compared to it',
        params: ProjectParams,
        body: BaselineInput,
        response: { 201: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createBaseline(deps.db, request.principal, request.params.id, request.body.name)),
  );

  r.put(
    '/projects/:id/health-override',
    {
      schema: {
        tags,
        summary: 'Override the computed colour with a written reason (its lead and the workspace’s owners)',
        params: ProjectParams,
        body: OverrideInput,
        response: { 200: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => overrideHealth(deps.db, request.principal, request.params.id, request.body),
  );

  r.delete(
    '/projects/:id/health-override',
    {
      schema: {
        tags,
        summary: 'Take the override back: the computed colour shows alone again',
        params: ProjectParams,
        response: { 200: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => overrideHealth(deps.db, request.principal, request.params.id, null),
  );
}
