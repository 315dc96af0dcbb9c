import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { WorkspaceHealthThresholds } from '../../../../shared/contracts/portfolio.ts';
import { WorkspaceProjectsParams } from '../../../../shared/contracts/projects.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { HealthThresholdsInput } from '../health/thresholds-input.ts';
import { setWorkspaceThresholds, workspaceThresholds } from './workspace-thresholds.ts';

const tags = ['projects'];

/** A workspace's thresholds of the health signals. */
export async function thresholdRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/workspaces/:id/health-thresholds',
    {
      schema: {
        tags,
        summary: 'The thresholds the workspace’s project health is measured by, its own settings and the defaults',
        params: WorkspaceProjectsParams,
        response: { 200: WorkspaceHealthThresholds, ...problems(400, 401, 404) },
      },
    },
    async (request) => workspaceThresholds(deps.db, request.principal, request.params.id),
  );

  r.put(
    '/workspaces/:id/health-thresholds',
    {
      schema: {
        tags,
        summary:
          'Set the workspace’s own thresholds over the defaults (owners; {} returns to the defaults); its projects’ health is computed again',
        params: WorkspaceProjectsParams,
        body: HealthThresholdsInput,
        response: { 200: WorkspaceHealthThresholds, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => setWorkspaceThresholds(deps.db, request.principal, request.params.id, request.body),
  );
}
