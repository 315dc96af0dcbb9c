import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { invalid } from '../../platform/errors/problem.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { auditCsv, auditFileName } from './audit-csv.ts';
import { startOfLocalDay } from './audit-dates.ts';
import { type AuditFilter, auditForExport, listAudit } from './audit-queries.ts';
import { auditEntryView } from './audit-view.ts';
import { requireAdmin } from './require-admin.ts';
import { AuditExportQuery, type AuditFilterInput, AuditList, AuditQuery } from './schema.ts';

const tags = ['admin'];

/** The filters as the queries take them: whole local days, `to` included. */
function filterOf(query: AuditFilterInput): AuditFilter {
  if (query.from && query.to && query.from > query.to) {
    throw invalid([{ field: 'querystring:/to', message: 'must not be before from' }]);
  }
  return {
    action: query.action?.trim() || undefined,
    actorId: query.actor,
    from: query.from ? startOfLocalDay(query.from) : undefined,
    before: query.to ? startOfLocalDay(query.to, 1) : undefined,
  };
}

/** The audit log for platform admins: a page of it with names and links, or all of it as CSV. */
export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/admin/audit',
    {
      schema: {
        tags,
        summary:
          'The audit log, newest first, with the names of people and things and links to their pages (platform admins only)',
        querystring: AuditQuery,
        response: { 200: AuditList, ...problems(400, 404) },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { offset = 0, limit = 50, ...filters } = request.query;
      const { items, total } = await listAudit(deps.db, filterOf(filters), { offset, limit });
      return { total, items: items.map(auditEntryView) };
    },
  );

  r.get(
    '/admin/audit.csv',
    {
      schema: {
        tags,
        summary:
          'The audit log with the same filters as a CSV file for Excel: UTF-8 with BOM, ";" separated, local time (platform admins only)',
        querystring: AuditExportQuery,
        response: {
          200: Type.Unsafe({ type: 'string', description: 'CSV file, every matching entry, newest first' }),
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      const filter = filterOf(request.query);
      const language = admin.locale === 'en' ? 'en' : 'de';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', auditFileName(language, new Date())))
        .header('cache-control', 'no-store')
        .send(Readable.from(auditCsv(auditForExport(deps.db, filter), language)));
    },
  );
}
