import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { networkStartOf } from './network-start.ts';

const When = Type.String({ format: 'date-time' });
const Person = Type.Object({ id: Type.String(), name: Type.String() });

const NetworkStart = Type.Object({
  questions: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      community: Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]),
      answerCount: Type.Integer(),
      createdAt: When,
    }),
  ),
  answers: Type.Array(
    Type.Object({
      id: Type.String(),
      questionId: Type.String(),
      questionTitle: Type.String(),
      author: Person,
      createdAt: When,
    }),
  ),
  endorsements: Type.Array(Type.Object({ endorser: Person, tagName: Type.String(), createdAt: When })),
});

/** The start page's section of the network. */
export async function startRoutes(fastify: FastifyInstance, deps: Deps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/network/start',
    {
      schema: {
        tags: ['network'],
        summary:
          'What is new in the network for me: questions in my communities and followed tags, answers to my questions, endorsements of my expertise (each the newest five of 30 days)',
        response: { 200: NetworkStart, ...problems(401) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      reply.header('cache-control', 'no-store');
      return networkStartOf(deps.db, principal.personId);
    },
  );
}
