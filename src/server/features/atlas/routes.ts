import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { importRoutes } from './import/import-routes.ts';
import { mapRoutes } from './map-routes.ts';
import { listRoutes } from './records/list-routes.ts';
import { recordRoutes } from './records/record-routes.ts';
import { workflowRoutes } from './records/workflow-routes.ts';
import { revisionRoutes } from './revisions/revision-routes.ts';
import { searchRoutes } from './search/search-routes.ts';

export async function atlasRoutes(app: FastifyInstance, deps: Deps) {
  // Search and export first: `/atlas/cooperations.csv` must not be read as a slug.
  await searchRoutes(app, deps);
  await importRoutes(app, deps);
  await mapRoutes(app, deps);
  await recordRoutes(app, deps);
  await workflowRoutes(app, deps);
  await revisionRoutes(app, deps);
  await listRoutes(app, deps);
}
