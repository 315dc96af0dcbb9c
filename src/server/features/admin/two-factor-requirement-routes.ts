import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { TwoFactorRequirement } from '../../../shared/contracts/two-factor-requirement.ts';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { conflict } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import {
  hasActiveSecondFactor,
  replaceTwoFactorRequirement,
  twoFactorRequirement,
} from '../accounts/two-factor/two-factor-requirement.ts';
import { requireAdmin } from './require-admin.ts';

const tags = ['admin'];

/** Whether platform admins must have a second factor (platform admins). */
export async function twoFactorRequirementRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/admin/two-factor-requirement',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary: 'Whether platform admins must have two-factor sign-in active (platform admins)',
        response: { 200: TwoFactorRequirement, ...problems(403, 404) },
      },
    },
    async () => twoFactorRequirement(deps.db, deps.config),
  );

  app.put(
    '/admin/two-factor-requirement',
    {
      preValidation: async (request) => void requireAdmin(request),
      schema: {
        tags,
        summary:
          'Require two-factor sign-in of platform admins, or not (platform admins; requiring it needs one of your own)',
        body: TwoFactorRequirement,
        response: { 200: TwoFactorRequirement, ...problems(400, 403, 404, 409) },
      },
    },
    async (request) => {
      // Whoever requires it has it: so nobody shuts themselves out of the page they are on by a slip,
      // and a platform keeps at least one admin who can administer under the requirement.
      if (request.body.platformAdmins && !(await hasActiveSecondFactor(deps, requireAdmin(request).personId)))
        throw conflict('two-factor-not-enabled', 'Turn on your own two-factor sign-in before requiring it of admins');
      return deps.db.transaction(async (tx) => {
        const before = await replaceTwoFactorRequirement(tx, deps.config, request.body);
        await audit(tx, {
          actorId: requireAdmin(request).personId,
          action: 'platform.two_factor_requirement_set',
          ip: request.ip,
          details: { before, after: { ...request.body } },
        });
        return request.body;
      });
    },
  );
}
