import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DataExportView } from '../../../shared/contracts/my-data.ts';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { startExportExpiry } from './expiry.ts';
import { exportJob } from './export-job.ts';
import { EXPORT_JOB, exportOf, exportsOf } from './export-queries.ts';
import { exportView } from './export-view.ts';
import { EXPORTS_LISTED } from './limits.ts';
import { sendExport } from './send-export.ts';
import { startExport } from './start-export.ts';

const tags = ['my-data'];

/** "Meine Daten": a person's exports of everything the platform holds about them (DSGVO Art. 15 and 20). */
export async function myDataRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = blobStorageFor(deps.config);
  app.jobs.handle(EXPORT_JOB, exportJob(deps));
  // Archives past their days are removed hourly, in every process that serves the API.
  let expiry: { stop(): Promise<void> } | undefined;
  app.addHook('onReady', async () => {
    expiry = startExportExpiry(deps, { log: app.log });
  });
  app.addHook('onClose', async () => expiry?.stop());

  r.post(
    '/me/data-exports',
    {
      schema: {
        tags,
        summary: 'Ask for an export of my data, prepared in the background (one at a time, a few a day)',
        response: { 202: DataExportView, ...problems(401, 409, 429) },
      },
    },
    async (request, reply) => {
      const created = await startExport(deps, requirePrincipal(request).personId);
      app.jobs.wake();
      return reply.code(202).send(exportView(created));
    },
  );

  r.get(
    '/me/data-exports',
    {
      schema: {
        tags,
        summary: 'My data exports, newest first, with their state and progress',
        response: { 200: Type.Array(DataExportView), ...problems(401) },
      },
    },
    async (request, reply) => {
      const rows = await exportsOf(deps.db, requirePrincipal(request).personId, EXPORTS_LISTED);
      reply.header('cache-control', 'no-store');
      return rows.map((row) => exportView(row));
    },
  );

  r.get(
    '/me/data-exports/:id/download',
    {
      schema: {
        tags,
        summary: 'The ZIP of one of my exports, once ready and until it expires',
        params: IdParams,
        produces: ['application/zip'],
        response: { 200: Type.Any({ description: 'The ZIP' }), ...problems(400, 401, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const job = await exportOf(deps.db, requirePrincipal(request).personId, request.params.id);
      if (!job) throw notFound('Export');
      await sendExport(reply, store, job, 'allmende-meine-daten');
      return reply;
    },
  );
}
