import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { importRoutes } from './import/import-routes.ts';
import { mapRoutes } from './map-routes.ts';
import { listRoutes } from './records/list-routes.ts';
import { recordRoutes } from './records/record-routes.ts';
import { workflowRoutes } from './records/workflow-routes.ts';
import { revisionRoutes } from './revisions/revision-routes.ts';
import { followIndexChanges } from './search/index-generation.ts';
import { searchRoutes } from './search/search-routes.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function atlasRoutes(app: FastifyInstance, deps: Deps) {
  // Caches of atlas answers in every process drop them when an index write has committed.
  const unfollow = followIndexChanges(deps.bus);
  app.addHook('onClose', async () => unfollow());
  // The write's event is published before its answer leaves, rather than at the publisher's next
  // round: once the writer has its answer, no process answers from the index as it was before.
  app.addHook('onSend', async (request, reply, payload) => {
    if (UNSAFE.has(request.method) && reply.statusCode < 400 && request.routeOptions.url?.startsWith('/api/atlas')) {
      await deps.publisher.flush();
    }
    return payload;
  });
  // Search and export first: `/atlas/cooperations.csv` must not be read as a slug.
  await searchRoutes(app, deps);
  await importRoutes(app, deps);
  await mapRoutes(app, deps);
  await recordRoutes(app, deps);
  await workflowRoutes(app, deps);
  await revisionRoutes(app, deps);
  await listRoutes(app, deps);
}
