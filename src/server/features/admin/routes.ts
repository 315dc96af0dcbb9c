import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { personChanged } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { organisationRoleOf } from '../organisations/membership.ts';
import { auditRoutes } from './audit-routes.ts';
import { awaitingRoutes } from './awaiting-routes.ts';
import { listPersons } from './queries.ts';
import { requireAdmin } from './require-admin.ts';
import { PersonList, PersonListQuery } from './schema.ts';
import { lockPerson, unlockPerson } from './service.ts';

const tags = ['admin'];
const NoContent = Type.Null({ description: 'No content' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Platform administration: people (lock/unlock), the audit log; what awaits an admin (`/me/awaiting`). */
export async function adminRoutes(app: FastifyInstance, deps: Deps) {
  await awaitingRoutes(app, deps);
  await auditRoutes(app, deps);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/admin/persons',
    {
      schema: {
        tags,
        summary:
          'Everyone with an account, by name; or only the requests no organisation admin can answer (platform admins only)',
        querystring: PersonListQuery,
        response: { 200: PersonList, ...problems(400, 404) },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { q, waiting, offset = 0, limit = 50 } = request.query;
      const { items, total } = await listPersons(deps.db, { q: q?.trim() || undefined, waiting, offset, limit });
      return {
        total,
        items: items.map((p) => ({
          id: p.id,
          name: p.name,
          email: p.email,
          organisation:
            p.organisationId && p.organisationName
              ? {
                  id: p.organisationId,
                  name: p.organisationName,
                  role: organisationRoleOf(p.role),
                  status: p.status === 'confirmed' ? ('confirmed' as const) : ('pending' as const),
                  domainMatches: p.domainMatches,
                }
              : null,
          isPlatformAdmin: p.isPlatformAdmin,
          lockedAt: iso(p.lockedAt),
          emailVerifiedAt: iso(p.emailVerifiedAt),
          createdAt: p.createdAt.toISOString(),
        })),
      };
    },
  );

  for (const [path, action, summary] of [
    ['lock', lockPerson, 'Lock a person out: ends their sessions, refuses sign-in'],
    ['unlock', unlockPerson, 'Unlock a person'],
  ] as const) {
    r.post(
      `/admin/persons/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: IdParams,
          response: { 204: NoContent, ...problems(400, 403, 404) },
        },
      },
      async (request, reply) => {
        const admin = requireAdmin(request);
        await action(deps, admin, request.params.id, contextOf(request));
        personChanged(request, request.params.id);
        return reply.code(204).send(null);
      },
    );
  }
}
