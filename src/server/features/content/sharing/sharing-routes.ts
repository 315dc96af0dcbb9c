import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  ContentPage,
  OrganisationParams,
  PageLanguageParams,
  PageParams,
} from '../../../../shared/contracts/content.ts';
import {
  AdoptInput,
  Adoptions,
  ChangeParams,
  ExchangeList,
  ExchangePage,
  ExchangeQuery,
  LinkChanges,
  LocalTextInput,
  PlatformSavings,
  Savings,
  SettingsInput,
  ShareInput,
} from '../../../../shared/contracts/content-sharing.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { pageFor } from '../access.ts';
import { contentAccess } from '../policy.ts';
import { adoptPage } from './adopt-page.ts';
import { adoptionsOf } from './adoptions.ts';
import { exchange } from './exchange.ts';
import { exchangePage, viewerOrganisation } from './exchange-page.ts';
import { linkChanges } from './link-changes.ts';
import { makeCopy } from './make-copy.ts';
import { saveLocalText } from './save-local-text.ts';
import { platformSavings, savingsOf } from './savings.ts';
import { setWordPrice } from './set-word-price.ts';
import { sharePage } from './share-page.ts';
import { takeChange } from './take-change.ts';

const tags = ['content'];

/** Sharing pages with other organisations, the exchange of shared pages, adopting, and what it saved. */
export async function contentSharingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.put(
    '/content/pages/:id/sharing',
    {
      schema: {
        tags,
        summary: 'Share the page with every organisation or with the alliances, under a licence; or stop sharing it',
        params: PageParams,
        body: ShareInput,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => sharePage(deps.db, request.principal, request.params.id, request.body),
  );

  r.post(
    '/content/pages/:id/adopt',
    {
      schema: {
        tags,
        summary: 'Adopt a page shared with the organisation, with its translations: as a copy or as a live link',
        params: PageParams,
        body: AdoptInput,
        response: { 201: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await adoptPage(deps.db, request.principal, request.params.id, request.body)),
  );

  r.get(
    '/content/exchange',
    {
      schema: {
        tags,
        summary: 'Pages other organisations share with the viewer’s organisation, with filters and counts',
        querystring: ExchangeQuery,
        response: { 200: ExchangeList, ...problems(400, 401, 403) },
      },
    },
    async (request) => exchange(deps.db, await viewerOrganisation(deps.db, request.principal), request.query),
  );

  r.get(
    '/content/exchange/:id',
    {
      schema: {
        tags,
        summary: 'A shared page’s published text in every language, before adopting it',
        params: PageParams,
        response: { 200: ExchangePage, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => exchangePage(deps.db, request.principal, request.params.id),
  );

  r.get(
    '/content/pages/:id/adoptions',
    {
      schema: {
        tags,
        summary: 'Which organisations adopted the page, as copy or link',
        params: PageParams,
        response: { 200: Adoptions, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { page } = await pageFor(deps.db, request.principal, request.params.id, 'read');
      return adoptionsOf(deps.db, page.id);
    },
  );

  r.put(
    '/content/pages/:id/local/:language',
    {
      schema: {
        tags,
        summary: 'A linked page’s own text before and after the source’s in one language',
        params: PageLanguageParams,
        body: LocalTextInput,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      saveLocalText(deps.db, request.principal, request.params.id, request.params.language, request.body),
  );

  r.get(
    '/content/pages/:id/changes',
    {
      schema: {
        tags,
        summary: 'A linked page’s changes of the source waiting to be taken over, with their diff',
        params: PageParams,
        response: { 200: LinkChanges, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const { page } = await pageFor(deps.db, request.principal, request.params.id, 'read');
      return linkChanges(deps.db, page);
    },
  );

  r.post(
    '/content/pages/:id/changes/:changeId/take',
    {
      schema: {
        tags,
        summary: 'Take a change of the source over: the linked page shows the source’s current text again',
        params: ChangeParams,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => takeChange(deps.db, request.principal, request.params.id, request.params.changeId),
  );

  r.post(
    '/content/pages/:id/copy',
    {
      schema: {
        tags,
        summary: 'Turn a linked page into a copy of what it shows: the organisation’s own page from now on',
        params: PageParams,
        response: { 200: ContentPage, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => makeCopy(deps.db, request.principal, request.params.id),
  );

  r.get(
    '/content/organisations/:id/savings',
    {
      schema: {
        tags,
        summary: 'Words the organisation did not have to translate because it adopted translations, and the money',
        params: OrganisationParams,
        response: { 200: Savings, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      if (!(await contentAccess(deps.db, request.principal, request.params.id))) throw notFound('Organisation');
      return savingsOf(deps.db, request.params.id);
    },
  );

  r.put(
    '/content/organisations/:id/settings',
    {
      schema: {
        tags,
        summary: 'The price per translated word the organisation pays (admins)',
        params: OrganisationParams,
        body: SettingsInput,
        response: { 200: Savings, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      if (!(await contentAccess(deps.db, request.principal, request.params.id))) throw notFound('Organisation');
      if (!(await setWordPrice(deps.db, request.principal, request.params.id, request.body.wordPriceCents))) {
        throw forbidden('Only administrators of the organisation set its price per word.');
      }
      return savingsOf(deps.db, request.params.id);
    },
  );

  r.get(
    '/public/content/savings',
    {
      schema: {
        tags,
        summary: 'What adopting pages and translations saved on the whole platform',
        response: { 200: PlatformSavings },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return platformSavings(deps.db);
    },
  );
}
