import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  SSO_PROVIDER_ID_PATTERN,
  SsoProviderCreate,
  SsoProviderUpdate,
  SsoProviderView,
} from '../../../../shared/contracts/sso-admin.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { requireAdmin } from '../../admin/require-admin.ts';
import { storedProviders } from './queries.ts';
import { addProvider, changeProvider, removeProvider } from './save-provider.ts';
import { viewOfEnvironment, viewOfStored } from './views.ts';

const tags = ['admin', 'sso'];
const Params = Type.Object({ id: Type.String({ pattern: SSO_PROVIDER_ID_PATTERN }) }, { additionalProperties: false });
const NoContent = Type.Null();

/** Sign-in providers in the admin area (platform admins; everyone else 404). */
export async function ssoAdminRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onlyAdmins = {
    preValidation: async (request: Parameters<typeof requireAdmin>[0]) => void requireAdmin(request),
  };

  app.get(
    '/admin/sso/providers',
    {
      ...onlyAdmins,
      schema: {
        tags,
        summary: 'The sign-in providers: those of the environment (read-only) and those stored here (platform admins)',
        response: { 200: Type.Array(SsoProviderView), ...problems(403, 404) },
      },
    },
    async () => {
      const env = deps.config.ssoProviders.map((p) => viewOfEnvironment(deps, p));
      const stored = (await storedProviders(deps.db))
        .filter((row) => !deps.config.ssoProviders.some((p) => p.id === row.id))
        .map((row) => viewOfStored(deps, row));
      return [...env, ...stored];
    },
  );

  app.post(
    '/admin/sso/providers',
    {
      ...onlyAdmins,
      schema: {
        tags,
        summary: 'Add a sign-in provider; its issuer must answer with a discovery document (platform admins)',
        body: SsoProviderCreate,
        response: { 201: SsoProviderView, ...problems(400, 403, 404, 409, 422, 503) },
      },
    },
    async (request, reply) => {
      const view = await addProvider(deps, requireAdmin(request), request.body, request.ip);
      return reply.code(201).send(view);
    },
  );

  app.put(
    '/admin/sso/providers/:id',
    {
      ...onlyAdmins,
      schema: {
        tags,
        summary: 'Change, turn off or on a stored sign-in provider; without clientSecret the stored one stays',
        params: Params,
        body: SsoProviderUpdate,
        response: { 200: SsoProviderView, ...problems(400, 403, 404, 409, 422, 503) },
      },
    },
    async (request) => changeProvider(deps, requireAdmin(request), request.params.id, request.body, request.ip),
  );

  app.delete(
    '/admin/sso/providers/:id',
    {
      ...onlyAdmins,
      schema: {
        tags,
        summary: 'Remove a stored sign-in provider (platform admins)',
        params: Params,
        response: { 204: NoContent, ...problems(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeProvider(deps, requireAdmin(request), request.params.id, request.ip);
      return reply.code(204).send(null);
    },
  );
}
