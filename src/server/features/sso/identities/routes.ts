import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { activeProviders } from '../providers.ts';
import { deleteIdentityOf, hasOwnPassword, identitiesOfPerson } from '../queries.ts';

const tags = ['sso'];
const Params = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' }) },
  { additionalProperties: false },
);
// The answer's shape is SsoIdentities in src/shared/contracts/sso.ts.
const Identities = Type.Object({
  identities: Type.Array(
    Type.Object({
      id: Type.String(),
      providerId: Type.String(),
      providerName: Type.String(),
      createdAt: Type.String(),
      lastSignInAt: Type.String(),
    }),
  ),
  /** Providers the person may still link (with where linking starts). */
  linkable: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), linkUrl: Type.String() })),
  /** False while the person has only the random password single sign-on gave them. */
  hasPassword: Type.Boolean(),
});

/** The signed-in person's linked identities: list and unlink. */
export async function ssoIdentityRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/me/sso-identities',
    {
      schema: {
        tags,
        summary: 'My linked sign-in providers, and those I may link',
        response: { 200: Identities, ...problems(401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const providers = await activeProviders(deps);
      const rows = await identitiesOfPerson(deps.db, principal.personId);
      const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
      return {
        identities: rows.map((row) => ({
          id: row.id,
          providerId: row.providerId,
          providerName: nameOf(row.providerId),
          createdAt: row.createdAt.toISOString(),
          lastSignInAt: row.lastSignInAt.toISOString(),
        })),
        linkable: providers
          .filter((p) => !rows.some((row) => row.providerId === p.id))
          .map((p) => ({ id: p.id, name: p.name, linkUrl: `/api/auth/sso/${p.id}/link?returnTo=/account` })),
        hasPassword: await hasOwnPassword(deps.db, principal.personId),
      };
    },
  );

  app.delete(
    '/me/sso-identities/:id',
    {
      schema: {
        tags,
        summary: 'Unlink a provider (only while a password or another provider remains to sign in with)',
        params: Params,
        response: { 204: Type.Null(), ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const id = request.params.id.toLowerCase();
      await deps.db.transaction(async (tx) => {
        const rows = await identitiesOfPerson(tx, principal.personId);
        const identity = rows.find((row) => row.id === id);
        if (!identity) throw notFound('Linked provider');
        if (rows.length === 1 && !(await hasOwnPassword(tx, principal.personId)))
          throw conflict(
            'sso-last-sign-in',
            'This is your only way to sign in',
            'Set a password (by "Passwort vergessen" on the sign-in page) or link another provider first.',
          );
        await deleteIdentityOf(tx, principal.personId, id);
        await audit(tx, {
          actorId: principal.personId,
          action: 'auth.sso_unlinked',
          subjectType: 'person',
          subjectId: principal.personId,
          ip: request.ip,
          details: { provider: identity.providerId },
        });
      });
      return reply.code(204).send(null);
    },
  );
}
