import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { canManage } from '../../organisations/policy.ts';
import { requireOrganisation } from '../../organisations/profile/profile.ts';
import { actorOf } from '../../organisations/viewer.ts';
import { organisationRequirementOf, replaceOrganisationRequirement } from './organisation-requirement-queries.ts';
import { hasActiveSecondFactor } from './two-factor-requirement.ts';

const tags = ['organisations'];

export const OrganisationTwoFactorRequirement = Type.Object(
  {
    scope: Type.Union([Type.Literal('none'), Type.Literal('admins'), Type.Literal('members')], {
      description:
        'Whom the organisation requires two-factor sign-in of: nobody, its admins, or all its members. Those without ' +
        'one get 403 two-factor-required from everything but the enrolment after a password sign-in.',
    }),
  },
  { additionalProperties: false },
);

/** An organisation's requirement of a second factor, set by its admins (and platform admins). */
export async function organisationRequirementRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/organisations/:id/two-factor-requirement',
    {
      schema: {
        tags,
        summary: 'Whom the organisation requires two-factor sign-in of (its administrators)',
        params: IdParams,
        response: { 200: OrganisationTwoFactorRequirement, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await actorOf(deps.db, request);
      await requireOrganisation(deps.db, request.params.id);
      if (!canManage(actor.viewer, request.params.id)) throw forbidden('Only administrators see this setting.');
      return { scope: await organisationRequirementOf(deps.db, request.params.id) };
    },
  );

  app.put(
    '/organisations/:id/two-factor-requirement',
    {
      schema: {
        tags,
        summary:
          'Require two-factor sign-in of the organisation’s admins or all its members, or not (its administrators; requiring it needs one of your own); audited',
        params: IdParams,
        body: OrganisationTwoFactorRequirement,
        response: { 200: OrganisationTwoFactorRequirement, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await actorOf(deps.db, request);
      const organisationId = request.params.id;
      await requireOrganisation(deps.db, organisationId);
      if (!canManage(actor.viewer, organisationId)) throw forbidden('Only administrators change this setting.');
      const scope = request.body.scope;
      // Whoever requires it has it, so that nobody shuts themselves out by a slip.
      if (scope !== 'none' && !(await hasActiveSecondFactor(deps, actor.viewer.personId)))
        throw conflict('two-factor-not-enabled', 'Turn on your own two-factor sign-in before requiring it');
      return deps.db.transaction(async (tx) => {
        const before = await replaceOrganisationRequirement(tx, organisationId, scope, actor.viewer.personId);
        await audit(tx, {
          actorId: actor.viewer.personId,
          action: 'organisation.two_factor_requirement_set',
          subjectType: 'organisation',
          subjectId: organisationId,
          ip: actor.ip,
          details: { before, after: scope },
        });
        return { scope };
      });
    },
  );
}
