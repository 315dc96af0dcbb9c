import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { importRoutes } from './import-routes.ts';
import { listRoutes } from './list-routes.ts';
import { mapRoutes } from './map-routes.ts';
import { recordRoutes } from './record-routes.ts';
import { revisionRoutes } from './revision-routes.ts';
import { searchRoutes } from './search-routes.ts';
import { workflowRoutes } from './workflow-routes.ts';

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
