import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { organisationExists } from '../../accounts/queries.ts';
import { canManage } from '../../organisations/policy.ts';
import { viewerOf } from '../../organisations/viewer.ts';
import { identitiesOfPerson } from '../queries.ts';
import { isRequiredFor, setRequired } from './queries.ts';
import { vouchingProviders } from './sso-required.ts';

const tags = ['sso', 'organisations'];
const Params = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' }) },
  { additionalProperties: false },
);
const Requirement = Type.Object({
  required: Type.Boolean(),
  /** The enabled providers vouching for the organisation: requiring needs one. */
  providers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});
const Body = Type.Object({ required: Type.Boolean() }, { additionalProperties: false });

/** Whether an organisation requires single sign-on of its members (its admins and platform admins). */
export async function ssoRequirementRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  async function managed(request: Parameters<typeof requirePrincipal>[0], id: string) {
    const principal = requirePrincipal(request);
    const organisationId = id.toLowerCase();
    if (!(await organisationExists(deps.db, organisationId))) throw notFound('Organisation');
    if (!canManage(await viewerOf(deps.db, principal), organisationId))
      throw forbidden('Only administrators of the organisation may change how its members sign in.');
    return { principal, organisationId };
  }

  async function answer(organisationId: string) {
    const providers = await vouchingProviders(deps, organisationId);
    return {
      required: await isRequiredFor(deps.db, organisationId),
      providers: providers.map((p) => ({ id: p.id, name: p.name })),
    };
  }

  app.get(
    '/organisations/:id/sso-requirement',
    {
      schema: {
        tags,
        summary: 'Whether members must sign in by single sign-on (organisation admins)',
        params: Params,
        response: { 200: Requirement, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => answer((await managed(request, request.params.id)).organisationId),
  );

  app.put(
    '/organisations/:id/sso-requirement',
    {
      schema: {
        tags,
        summary:
          'Require single sign-on of the members, or not (organisation admins; needs a provider vouching for the organisation)',
        params: Params,
        body: Body,
        response: { 200: Requirement, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { principal, organisationId } = await managed(request, request.params.id);
      const providers = await vouchingProviders(deps, organisationId);
      if (request.body.required) {
        if (providers.length === 0)
          throw conflict('sso-no-provider', 'No sign-in provider vouches for this organisation');
        // Whoever requires it can still sign in afterwards: an organisation admin must have linked a
        // vouching provider to their own account (platform admins are never bound).
        const linked = await identitiesOfPerson(deps.db, principal.personId);
        if (!principal.isPlatformAdmin && !linked.some((i) => providers.some((p) => p.id === i.providerId)))
          throw conflict(
            'sso-not-linked',
            'Link your account with the provider before requiring it',
            `Link ${providers.map((p) => p.name).join(', ')} on your account page first.`,
          );
      }
      await deps.db.transaction(async (tx) => {
        const before = await isRequiredFor(tx, organisationId);
        if (before === request.body.required) return;
        await setRequired(tx, organisationId, principal.personId, request.body.required);
        await audit(tx, {
          actorId: principal.personId,
          action: 'organisation.sso_requirement_set',
          organisationId,
          ip: request.ip,
          details: { required: request.body.required },
        });
      });
      return answer(organisationId);
    },
  );
}
