import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  AgreementInput,
  AnswerInput,
  AtlasDraft,
  OfferDetail,
  OfferInput,
  OfferList,
  OfferListQuery,
  OfferRequest,
  OfferRequestInput,
  OfferRequestList,
} from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { answerRequest, recordAgreement } from './answer-request.ts';
import { askForOffer } from './ask-for-offer.ts';
import { listOffers } from './list-offers.ts';
import { loadVisibleOffer, offerActorOf } from './offer-access.ts';
import { offerToAtlas } from './offer-to-atlas.ts';
import { offerDetail } from './offer-view.ts';
import { loadVisibleRequest, requestsOfOffer, requestView } from './request-view.ts';
import { createOffer, updateOffer, withdrawOffer } from './save-offer.ts';
import { withdrawRequest } from './withdraw-request.ts';

const tags = ['services'];
const offers = '/services/offers';
const requests = '/services/offer-requests';

/**
 * Competence centre offers (under /api): offers with search and filters, requests for them, the
 * providers' answers, agreements and the step into the Kooperationsatlas. Everything needs sign-in.
 */
export async function serviceOfferRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const actor = (request: { principal: Parameters<typeof offerActorOf>[1]; ip: string }) =>
    offerActorOf(deps.db, request.principal, request.ip);

  r.get(
    offers,
    {
      schema: {
        tags,
        summary:
          'A page of the offers I may see: German search (q), task field, LeiKa key, Land, distance from my organisation; mine: my organisation’s',
        querystring: OfferListQuery,
        response: { 200: OfferList, ...problems(400, 401) },
      },
    },
    async (request) => listOffers(deps.db, (await actor(request)).viewer, request.query),
  );

  r.post(
    offers,
    {
      schema: {
        tags,
        summary: 'Offer a service to others (admins of the offering organisation)',
        body: OfferInput,
        response: { 201: OfferDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await createOffer(deps, await actor(request), request.body)),
  );

  r.get(
    `${offers}/:id`,
    {
      schema: {
        tags,
        summary: 'An offer, as far as its audience reaches me (404 otherwise), with what I may do',
        params: IdParams,
        response: { 200: OfferDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { viewer } = await actor(request);
      return deps.db.transaction(async (tx) =>
        offerDetail(tx, viewer, await loadVisibleOffer(tx, viewer, request.params.id)),
      );
    },
  );

  r.put(
    `${offers}/:id`,
    {
      schema: {
        tags,
        summary: 'Change an offer (admins of the offering organisation)',
        params: IdParams,
        body: OfferInput,
        response: { 200: OfferDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateOffer(deps, await actor(request), request.params.id, request.body),
  );

  r.post(
    `${offers}/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw an offer (admins of the offering organisation); only its organisation sees it then',
        params: IdParams,
        response: { 200: OfferDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => withdrawOffer(deps, await actor(request), request.params.id),
  );

  r.get(
    `${offers}/:id/requests`,
    {
      schema: {
        tags,
        summary: 'The requests for an offer: all of them for the provider, my organisation’s own for others',
        params: IdParams,
        response: { 200: OfferRequestList, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { viewer } = await actor(request);
      return deps.db.transaction(async (tx) => {
        const offer = await loadVisibleOffer(tx, viewer, request.params.id);
        const rows = await requestsOfOffer(tx, viewer, offer.id);
        const items = [];
        for (const row of rows) items.push(await requestView(tx, viewer, row));
        return { items };
      });
    },
  );

  r.post(
    `${offers}/:id/requests`,
    {
      schema: {
        tags,
        summary: 'Ask for an offer on behalf of my organisation (admins and editors); the provider’s admins are told',
        params: IdParams,
        body: OfferRequestInput,
        response: { 201: OfferRequest, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await askForOffer(deps, await actor(request), request.params.id, request.body)),
  );

  r.get(
    `${requests}/:id`,
    {
      schema: {
        tags,
        summary: 'A request, for the members of the two organisations involved (404 for anyone else)',
        params: IdParams,
        response: { 200: OfferRequest, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { viewer } = await actor(request);
      return deps.db.transaction(async (tx) =>
        requestView(tx, viewer, await loadVisibleRequest(tx, viewer, request.params.id)),
      );
    },
  );

  for (const [action, accepted] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    r.post(
      `${requests}/:id/${action}`,
      {
        schema: {
          tags,
          summary: accepted
            ? 'Accept a request (the provider’s admins); the other side is told, the answer audited'
            : 'Decline a request (the provider’s admins); the other side is told, the answer audited',
          params: IdParams,
          body: AnswerInput,
          response: { 200: OfferRequest, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => answerRequest(deps, await actor(request), request.params.id, accepted, request.body),
    );
  }

  r.post(
    `${requests}/:id/withdraw`,
    {
      schema: {
        tags,
        summary:
          'Withdraw my organisation’s open request before it is answered (its admins and editors, or whoever asked); the provider’s admins are told, 409 once answered',
        params: IdParams,
        response: { 200: OfferRequest, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawRequest(deps, await actor(request), request.params.id),
  );

  r.put(
    `${requests}/:id/agreement`,
    {
      schema: {
        tags,
        summary: 'Record the agreement of an accepted request: start and document link (the provider’s admins)',
        params: IdParams,
        body: AgreementInput,
        response: { 200: OfferRequest, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => recordAgreement(deps, await actor(request), request.params.id, request.body),
  );

  r.post(
    `${requests}/:id/atlas`,
    {
      schema: {
        tags,
        summary:
          'Make a draft cooperation in the Kooperationsatlas from the recorded agreement (the provider’s admins)',
        params: IdParams,
        response: { 201: AtlasDraft, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await offerToAtlas(deps, await actor(request), request.params.id)),
  );
}
