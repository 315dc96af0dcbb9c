import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { EXTRACTION_JOB, extractionJob } from './extraction-job.ts';

/**
 * Registers the text extraction's job handler with the app's job runner (with the documents' routes),
 * and wakes the runner after every successful change under /api/documents: an upload's version has
 * committed by then, so its text is extracted at once rather than at the runner's next look (10 s).
 */
export function registerExtraction(app: FastifyInstance, deps: Deps): void {
  app.jobs.handle(EXTRACTION_JOB, extractionJob(deps));
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 300) return;
    if (request.url.startsWith('/api/documents/')) app.jobs.wake();
  });
}
