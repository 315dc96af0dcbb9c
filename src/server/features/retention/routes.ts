import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { RetentionPeriods } from '../../../shared/contracts/retention.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { requireAdmin } from '../admin/require-admin.ts';
import { replaceRetentionPeriods, retentionPeriods } from './settings.ts';

const tags = ['admin'];

/** How long the platform keeps ended sessions, notifications, published events and audit entries (platform admins). */
export async function retentionRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/admin/retention',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary:
          'How many days ended sessions, notifications, published events and audit entries are kept (platform admins)',
        response: { 200: RetentionPeriods, ...problems(404) },
      },
    },
    async () => retentionPeriods(deps.db),
  );

  app.put(
    '/admin/retention',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary: 'Set how many days each kind is kept; older rows are deleted within the hour (platform admins)',
        body: RetentionPeriods,
        response: { 200: RetentionPeriods, ...problems(400, 404) },
      },
    },
    async (request) =>
      deps.db.transaction(async (tx) => {
        const before = await replaceRetentionPeriods(tx, request.body);
        await audit(tx, {
          actorId: requireAdmin(request).personId,
          action: 'platform.retention_set',
          ip: request.ip,
          details: { before, after: { ...request.body } },
        });
        return request.body;
      }),
  );
}
