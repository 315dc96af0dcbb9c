import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ApprovalParams,
  DecideApprovalInput,
  DocumentApproval,
  NodeParams,
  RequestApprovalInput,
} from '../../../../shared/contracts/documents.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { decideApproval, withdrawApproval } from './decide-approval.ts';
import { requestApproval } from './request-approval.ts';

const tags = ['documents'];

/** Approvals (Freigaben) of a file's version: ask, answer, withdraw. A new version lapses them. */
export async function approvalRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/documents/nodes/:id/approvals',
    {
      schema: {
        tags,
        summary: 'Ask named people (who can read the space) to approve the file’s current version',
        params: NodeParams,
        body: RequestApprovalInput,
        response: { 201: DocumentApproval, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestApproval(deps.db, request.principal?.personId, request.params.id, request.body)),
  );

  app.post(
    '/documents/approvals/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject, with a comment (the people asked)',
        params: ApprovalParams,
        body: DecideApprovalInput,
        response: { 200: DocumentApproval, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => decideApproval(deps.db, request.principal?.personId, request.params.id, request.body),
  );

  app.delete(
    '/documents/approvals/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw an open approval request',
        params: ApprovalParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await withdrawApproval(deps.db, request.principal?.personId, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
