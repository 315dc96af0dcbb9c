import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { EXTRACTION_JOB, extractionJob } from './extraction-job.ts';

/** Registers the text extraction's job handler with the app's job runner (with the documents' routes). */
export function registerExtraction(app: FastifyInstance, deps: Deps): void {
  app.jobs.handle(EXTRACTION_JOB, extractionJob(deps));
}
