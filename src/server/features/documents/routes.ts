import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { adminRoutes } from './admin-routes.ts';
import { approvalRoutes } from './approvals/approval-routes.ts';
import { registerExtraction } from './extract/register-extraction.ts';
import { linkRoutes } from './links/link-routes.ts';
import { nodeRoutes } from './node-routes.ts';
import { spaceRoutes } from './space-routes.ts';
import { uploadRoutes } from './uploads/upload-routes.ts';

/** Documents: spaces, folders and files, versions, locks, approvals, resumable uploads, retention and quotas. */
export async function documentsRoutes(app: FastifyInstance, deps: Deps) {
  await spaceRoutes(app, deps);
  await nodeRoutes(app, deps);
  await uploadRoutes(app, deps);
  await approvalRoutes(app, deps);
  await adminRoutes(app, deps);
  await linkRoutes(app, deps);
  registerExtraction(app, deps);
}
