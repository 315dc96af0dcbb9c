import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { DocumentSpace, QuotaInput, RetentionRule, SpaceParams } from '../../../shared/contracts/documents.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { requireAdmin } from '../admin/require-admin.ts';
import { setQuota, spaceUsage } from './quota.ts';
import { spaceExists } from './space-access.ts';
import { retentionRule, saveRetentionRule } from './versions/retention.ts';

const tags = ['documents'];

/** What platform admins set for documents: how long versions are kept, and each space's quota. */
export async function adminRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/admin/documents/retention',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary: 'How long versions are kept (platform admins)',
        response: { 200: RetentionRule, ...problems(401, 403) },
      },
    },
    async () => retentionRule(deps.db),
  );

  app.put(
    '/admin/documents/retention',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary:
          'Set how long versions are kept: all for keepAllDays, then one a week for weeklyDays (platform admins)',
        body: RetentionRule,
        response: { 200: RetentionRule, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      deps.db.transaction(async (tx) => {
        await saveRetentionRule(tx, request.body);
        await audit(tx, {
          actorId: request.principal?.personId as string,
          action: 'document.retention_set',
          ip: request.ip,
          details: { ...request.body },
        });
        return request.body;
      }),
  );

  app.put(
    '/documents/spaces/:kind/:id/quota',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary: 'Set (bytes) or remove (null) a space’s storage quota (platform admins)',
        params: SpaceParams,
        body: QuotaInput,
        response: { 200: DocumentSpace, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      deps.db.transaction(async (tx) => {
        const space = await spaceExists(tx, request.params);
        if (!space) throw notFound('Document space');
        await setQuota(tx, space, request.body.bytes);
        await audit(tx, {
          actorId: request.principal?.personId as string,
          action: 'document.quota_set',
          subjectType: space.kind,
          subjectId: space.id,
          ip: request.ip,
          details: { bytes: request.body.bytes },
        });
        const usage = await spaceUsage(tx, space);
        return { ...space, rights: { read: false, write: false, manage: false }, usage };
      }),
  );
}
