import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type AdminDataExport, AdminDataExportBody, AdminDataExportView } from '../../../shared/contracts/my-data.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { invalid, notFound } from '../../platform/errors/problem.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import type { JobRow } from '../../platform/jobs/job-queries.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { contextOf } from '../accounts/request-context.ts';
import { requireStepUp, StepUpHeaders } from '../accounts/two-factor/commands/two-factor-step-up.ts';
import { requireAdmin } from '../admin/require-admin.ts';
import { isExportablePerson, requestersOf } from './admin-export-queries.ts';
import { type ExportPayload, exportOf, exportsOf } from './export-queries.ts';
import { exportView } from './export-view.ts';
import { EXPORTS_LISTED } from './limits.ts';
import { sendExport } from './send-export.ts';
import { startExport } from './start-export.ts';

const tags = ['admin'];
const PersonExportParams = Type.Object({ id: IdParams.properties.id, exportId: IdParams.properties.id });

function adminView(job: JobRow, requesters: Map<string, string>): AdminDataExport {
  const payload = job.payload as ExportPayload;
  const by = payload.requestedBy;
  return {
    ...exportView(job),
    requestedBy: by ? { id: by, name: requesters.get(by) ?? '' } : null,
    reason: payload.reason ?? null,
  };
}

/**
 * A person's data export on their request (DSGVO Art. 15 and 20, asked by letter or mail): a platform
 * admin prepares it with a written reason (step-up, audited), follows it and downloads it to hand it
 * over (each download audited). The person is told and can download it too. Exports the person asked
 * for themselves are listed (one at a time) but stay theirs: an admin cannot download them.
 */
export async function adminDataExportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const store = blobStorageFor(deps.config);

  const requirePerson = async (id: string) => {
    if (!(await isExportablePerson(deps.db, id))) throw notFound('Person');
  };

  r.get(
    '/admin/persons/:id/data-exports',
    {
      schema: {
        tags,
        summary: "A person's data exports, newest first (platform admins)",
        params: IdParams,
        response: { 200: Type.Array(AdminDataExportView), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      await requirePerson(request.params.id);
      const rows = await exportsOf(deps.db, request.params.id, EXPORTS_LISTED);
      const requesters = await requestersOf(deps.db, rows);
      reply.header('cache-control', 'no-store');
      return rows.map((row) => adminView(row, requesters));
    },
  );

  r.post(
    '/admin/persons/:id/data-exports',
    {
      schema: {
        tags,
        summary:
          "Prepare a person's data export on their request, with a written reason (platform admins; step-up code when the admin has two factors); the person is told when it is ready",
        headers: StepUpHeaders,
        params: IdParams,
        body: AdminDataExportBody,
        response: { 202: AdminDataExportView, ...problems(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      const reason = request.body.reason.trim();
      if (!reason) throw invalid([{ field: '/reason', message: 'must not be blank' }], 'A reason is required');
      await requirePerson(request.params.id);
      const ctx = contextOf(request);
      await requireStepUp(deps, admin, request, reply, ctx, 'admin-data-export');
      const created = await startExport(deps, request.params.id, { adminId: admin.personId, reason, ip: ctx.ip });
      app.jobs.wake();
      return reply.code(202).send(adminView(created, await requestersOf(deps.db, [created])));
    },
  );

  r.get(
    '/admin/persons/:id/data-exports/:exportId/download',
    {
      schema: {
        tags,
        summary: "The ZIP of an export prepared on the person's request, to hand it over (platform admins; audited)",
        params: PersonExportParams,
        produces: ['application/zip'],
        response: { 200: Type.Any({ description: 'The ZIP' }), ...problems(400, 401, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      const job = await exportOf(deps.db, request.params.id, request.params.exportId);
      // The person's own exports are theirs alone: to an admin they do not exist.
      if (!job || !(job.payload as ExportPayload).requestedBy) throw notFound('Export');
      // Recorded once the archive is there to be sent, not for a refused download.
      const recordDownload = () =>
        deps.db.transaction((tx) =>
          audit(tx, {
            actorId: admin.personId,
            action: 'account.data_export_downloaded',
            subjectType: 'person',
            subjectId: request.params.id,
            ip: contextOf(request).ip,
            details: { exportId: job.id },
          }),
        );
      await sendExport(reply, store, job, 'allmende-datenauskunft', recordDownload);
      return reply;
    },
  );
}
