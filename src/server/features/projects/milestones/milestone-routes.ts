import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  CreateMilestoneInput,
  MilestoneParams,
  ProjectDetail,
  ProjectParams,
  UpdateMilestoneInput,
} from '../../../../shared/contracts/projects.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { createMilestone, deleteMilestone, updateMilestone } from './milestone-commands.ts';

const tags = ['projects'];

/** Milestones of a project; each answer is the project as it is afterwards. */
export async function milestoneRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/projects/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a milestone with its date (whoever works on the project)',
        params: ProjectParams,
        body: CreateMilestoneInput,
        response: { 201: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMilestone(deps.db, request.principal, request.params.id, request.body)),
  );

  r.patch(
    '/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Rename or move a milestone, or mark it reached (done) or not',
        params: MilestoneParams,
        body: UpdateMilestoneInput,
        response: { 200: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateMilestone(deps.db, request.principal, request.params.id, request.body),
  );

  r.delete(
    '/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Delete a milestone; its tasks stay, without a milestone',
        params: MilestoneParams,
        response: { 200: ProjectDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => deleteMilestone(deps.db, request.principal, request.params.id),
  );
}
