import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { personChanged } from '../../platform/auth/plugin.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { mayAdministerPlatform } from './policy.ts';
import { listAudit, listPersons } from './queries.ts';
import { AuditList, AuditQuery, PersonList, PersonListQuery } from './schema.ts';
import { lockPerson, unlockPerson } from './service.ts';

const tags = ['admin'];
const NoContent = Type.Null({ description: 'No content' });

function requireAdmin(request: FastifyRequest): Principal {
  if (!mayAdministerPlatform(request.principal)) throw notFound('Page');
  return request.principal;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Platform administration: people (lock/unlock) and the audit log. */
export async function adminRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/admin/persons',
    {
      schema: {
        tags,
        summary: 'Everyone with an account, by name (platform admins only)',
        querystring: PersonListQuery,
        response: { 200: PersonList, ...problems(400, 404) },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { q, offset = 0, limit = 50 } = request.query;
      const { items, total } = await listPersons(deps.db, { q: q?.trim() || undefined, offset, limit });
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
                  role: p.role === 'admin' ? ('admin' as const) : ('member' as const),
                  status: p.status === 'confirmed' ? ('confirmed' as const) : ('pending' as const),
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

  r.get(
    '/admin/audit',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first (platform admins only)',
        querystring: AuditQuery,
        response: { 200: AuditList, ...problems(400, 404) },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { action, offset = 0, limit = 50 } = request.query;
      const { items, total } = await listAudit(deps.db, { action: action?.trim() || undefined, offset, limit });
      return {
        total,
        items: items.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          actor: e.actorId && e.actorName ? { id: e.actorId, name: e.actorName } : null,
          action: e.action,
          subjectType: e.subjectType,
          subjectId: e.subjectId,
          organisationId: e.organisationId,
          ip: e.ip,
          details: e.details ?? null,
        })),
      };
    },
  );
}
