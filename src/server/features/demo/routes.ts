import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { type OrganisationRole, organisationRoleOf } from '../organisations/membership.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN, type DemoRole } from './accounts.ts';
import { demoPeople } from './queries.ts';

const DEMO_ROLE = {
  admin: 'organisation-admin',
  editor: 'organisation-editor',
  member: 'member',
} as const satisfies Record<OrganisationRole, DemoRole>;

const DemoAccount = Type.Object({
  email: Type.String(),
  password: Type.String(),
  name: Type.String(),
  organisation: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(
    Type.Union([
      Type.Literal('platform-admin'),
      Type.Literal('organisation-admin'),
      Type.Literal('organisation-editor'),
      Type.Literal('member'),
    ]),
  ),
});

const DEMO_EMAILS = [DEMO_PLATFORM_ADMIN.email, ...DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => p.email))];

/** The demo accounts for the sign-in page; exists only in demo mode. */
export async function demoRoutes(app: FastifyInstance, deps: Deps) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/demo/accounts',
    {
      schema: {
        tags: ['demo'],
        summary: 'Demo accounts with their password (demo mode only)',
        response: { 200: Type.Array(DemoAccount), ...problems(404) },
      },
    },
    async () => {
      if (!deps.config.demo) throw notFound('Demo mode');
      const found = new Map((await demoPeople(deps.db, DEMO_EMAILS)).map((p) => [p.email, p]));
      return DEMO_EMAILS.flatMap((email) => {
        const person = found.get(email);
        if (!person) return [];
        const roles: DemoRole[] = [];
        if (person.isPlatformAdmin) roles.push('platform-admin');
        if (person.role) roles.push(DEMO_ROLE[organisationRoleOf(person.role)]);
        return [
          { email, password: DEMO_PASSWORD, name: person.name, organisation: person.organisationName ?? null, roles },
        ];
      });
    },
  );
}
