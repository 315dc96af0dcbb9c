import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ChannelDocumentLinks, ChannelLinksQuery } from '../../../../shared/contracts/document-links.ts';
import {
  DocumentLinkView,
  LinkedDocuments,
  LinkedQuery,
  LinkInput,
  LinkParams,
  NodeParams,
} from '../../../../shared/contracts/documents.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { channelDocumentLinks } from './channel-links.ts';
import { documentLinks, linkDocument, linkedDocuments, unlinkDocument } from './document-links.ts';

const tags = ['documents'];
const NO_CONTENT = Type.Null({ description: 'No content' });

/** Links between documents and chat messages, tasks and atlas records. */
export async function linkRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/documents/nodes/:id/links',
    {
      schema: {
        tags,
        summary: 'Where a document is linked from: the messages, tasks and atlas records I may see',
        params: NodeParams,
        response: { 200: Type.Object({ links: Type.Array(DocumentLinkView) }), ...problems(400, 401, 404) },
      },
    },
    async (request) => ({ links: await documentLinks(deps.db, request.principal, request.params.id) }),
  );

  app.post(
    '/documents/nodes/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a document to a chat message, a task or an atlas record I may see (write right in its space)',
        description: 'Answers 201 with the new link, 200 when it was there already.',
        params: NodeParams,
        body: LinkInput,
        response: { 200: DocumentLinkView, 201: DocumentLinkView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { targetKind, targetId } = request.body;
      const done = await linkDocument(deps.db, request.principal, request.params.id, {
        kind: targetKind,
        id: targetId,
      });
      return reply.status(done.created ? 201 : 200).send(done.link);
    },
  );

  app.delete(
    '/documents/nodes/:id/links/:targetKind/:targetId',
    {
      schema: {
        tags,
        summary: 'Remove a link of a document (write right in its space)',
        params: LinkParams,
        response: { 204: NO_CONTENT, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, targetKind, targetId } = request.params;
      await unlinkDocument(deps.db, request.principal, id, { kind: targetKind, id: targetId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/documents/linked',
    {
      schema: {
        tags,
        summary: 'The documents linked from a chat message, a task or an atlas record, as far as I may read them',
        querystring: LinkedQuery,
        response: { 200: LinkedDocuments, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const { targetKind, targetId } = request.query;
      return linkedDocuments(deps.db, request.principal, { kind: targetKind, id: targetId });
    },
  );

  app.get(
    '/documents/linked/messages',
    {
      schema: {
        tags,
        summary: 'The documents linked from the messages of a channel I may read, as far as I may read them',
        querystring: ChannelLinksQuery,
        response: { 200: ChannelDocumentLinks, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return channelDocumentLinks(deps.db, request.principal, request.query.channelId);
    },
  );
}
