import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateWikiPageInput,
  EditWikiPageInput,
  FromAnswerInput,
  RestoreWikiInput,
  WikiCreated,
  WikiDiff,
  WikiDiffQuery,
  WikiHistory,
  WikiListQuery,
  WikiPageList,
  WikiPageParams,
  WikiPageView,
  WikiSettingsInput,
} from '../../../../shared/contracts/network-wiki.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { createWikiPage } from './create-page.ts';
import { pageFromAnswer } from './from-answer.ts';
import {
  checkWikiPage,
  deleteWikiPage,
  editWikiPage,
  restoreWikiRevision,
  updateWikiSettings,
} from './page-commands.ts';
import { listWikiPages, readWikiPage, wikiDiff, wikiHistory } from './page-view.ts';

const tags = ['network'];
const Revision = Type.Object({ revision: Type.Integer() });

/** The network's wiki routes (under /api/network): pages, history, diff, restore, checks, answer → page. */
export async function wikiRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const publicUrl = deps.config.publicUrl;

  r.get(
    '/network/wiki/pages',
    {
      schema: {
        tags,
        summary: 'The pages of a community’s wiki, or of the platform-wide wiki without `community`, newest first',
        querystring: WikiListQuery,
        response: { 200: WikiPageList, ...problems(400, 401, 404) },
      },
    },
    async (request) => listWikiPages(deps.db, request.principal, request.query.community ?? null),
  );

  r.post(
    '/network/wiki/pages',
    {
      schema: {
        tags,
        summary: 'Create a page (members of the community; everyone signed in for the platform wiki)',
        body: CreateWikiPageInput,
        response: { 201: WikiCreated, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWikiPage(deps.db, request.principal, request.body, publicUrl)),
  );

  r.post(
    '/network/wiki/pages/from-answer',
    {
      schema: {
        tags,
        summary: 'Make a wiki page of an accepted answer (201), or answer the page made of it before (200)',
        body: FromAnswerInput,
        response: { 200: WikiCreated, 201: WikiCreated, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { created, id } = await pageFromAnswer(deps.db, request.principal, request.body, publicUrl);
      return reply.code(created ? 201 : 200).send({ id });
    },
  );

  r.get(
    '/network/wiki/pages/:id',
    {
      schema: {
        tags,
        summary: 'A page with its links and the pages that link to it (as far as the reader may see them)',
        params: WikiPageParams,
        response: { 200: WikiPageView, ...problems(400, 401, 404) },
      },
    },
    async (request) => readWikiPage(deps.db, request.principal, request.params.id),
  );

  r.put(
    '/network/wiki/pages/:id',
    {
      schema: {
        tags,
        summary: 'Save a new revision; 409 when `baseRevision` is not the newest',
        params: WikiPageParams,
        body: EditWikiPageInput,
        response: { 200: Revision, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => editWikiPage(deps.db, request.principal, request.params.id, request.body, publicUrl),
  );

  r.delete(
    '/network/wiki/pages/:id',
    {
      schema: {
        tags,
        summary: 'Delete a page (its owner or a moderator)',
        params: WikiPageParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWikiPage(deps.db, request.principal, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.patch(
    '/network/wiki/pages/:id/settings',
    {
      schema: {
        tags,
        summary: 'How often the page is to be checked (its owner or a moderator)',
        params: WikiPageParams,
        body: WikiSettingsInput,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await updateWikiSettings(deps.db, request.principal, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/network/wiki/pages/:id/check',
    {
      schema: {
        tags,
        summary: '"Geprüft": the page is still right (whoever may write in the wiki)',
        params: WikiPageParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await checkWikiPage(deps.db, request.principal, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/network/wiki/pages/:id/revisions',
    {
      schema: {
        tags,
        summary: 'The page’s history, newest first',
        params: WikiPageParams,
        response: { 200: WikiHistory, ...problems(400, 401, 404) },
      },
    },
    async (request) => wikiHistory(deps.db, request.principal, request.params.id),
  );

  r.get(
    '/network/wiki/pages/:id/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two revisions, word by word',
        params: WikiPageParams,
        querystring: WikiDiffQuery,
        response: { 200: WikiDiff, ...problems(400, 401, 404) },
      },
    },
    async (request) => wikiDiff(deps.db, request.principal, request.params.id, request.query),
  );

  r.post(
    '/network/wiki/pages/:id/restore',
    {
      schema: {
        tags,
        summary: 'Save an old revision again as the newest; 409 when `baseRevision` is not the newest',
        params: WikiPageParams,
        body: RestoreWikiInput,
        response: { 200: Revision, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => restoreWikiRevision(deps.db, request.principal, request.params.id, request.body),
  );
}
