import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { personChanged } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { requireStepUp, StepUpHeaders } from '../accounts/two-factor/commands/two-factor-step-up.ts';
import { organisationRoleOf } from '../organisations/membership.ts';
import { auditRoutes } from './audit-routes.ts';
import { awaitingRoutes } from './awaiting-routes.ts';
import { listPersons } from './queries.ts';
import { guardAdminSecondFactor, requireAdmin } from './require-admin.ts';
import { PersonList, PersonListQuery } from './schema.ts';
import { lockPerson, unlockPerson } from './service.ts';
import { twoFactorRequirementRoutes } from './two-factor-requirement-routes.ts';

const tags = ['admin'];
const NoContent = Type.Null({ description: 'No content' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Platform administration: people (lock/unlock), the audit log; what awaits an admin (`/me/awaiting`). */
export async function adminRoutes(app: FastifyInstance, deps: Deps) {
  // Added to the context all features share, so it covers every feature's /api/admin/ routes.
  guardAdminSecondFactor(app, deps);
  await awaitingRoutes(app, deps);
  await auditRoutes(app, deps);
  await twoFactorRequirementRoutes(app, deps);
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
    [
      'lock',
      lockPerson,
      'Lock a person out: ends their sessions, refuses sign-in (step-up code when the admin has two factors)',
    ],
    ['unlock', unlockPerson, 'Unlock a person (step-up code when the admin has two factors)'],
  ] as const) {
    r.post(
      `/admin/persons/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          headers: StepUpHeaders,
          params: IdParams,
          response: { 204: NoContent, ...problems(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        const admin = requireAdmin(request);
        const ctx = contextOf(request);
        await requireStepUp(deps, admin, request, reply, ctx, `admin-${path}`);
        await action(deps, admin, request.params.id, ctx);
        personChanged(request, request.params.id);
        return reply.code(204).send(null);
      },
    );
  }
}
