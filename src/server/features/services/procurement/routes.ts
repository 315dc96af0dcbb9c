import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CpvList,
  CpvQuery,
  CreatePurchaseInput,
  LotParams,
  NeedInput,
  NeedList,
  NeedView,
  PlanInput,
  PlanList,
  PlanView,
  PurchaseDetail,
  PurchaseList,
  PurchaseListQuery,
  RadarList,
  UpdatePurchaseInput,
} from '../../../../shared/contracts/services-procurement.ts';
import type { Deps } from '../../../deps.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { actorOf, loadPurchase, viewerOf } from './access.ts';
import { searchCpv } from './cpv/cpv-list.ts';
import { declareNeed, withdrawNeed } from './needs/declare-need.ts';
import { leadNeeds, needList } from './needs/lead-needs.ts';
import { needsCsv, needsFileName } from './needs/needs-csv.ts';
import { needsXlsx } from './needs/needs-xlsx.ts';
import { createPurchase } from './purchases/create-purchase.ts';
import { listPurchases } from './purchases/list-purchases.ts';
import { purchaseDetail } from './purchases/purchase-views.ts';
import { updatePurchase } from './purchases/update-purchase.ts';
import { listRadar } from './radar/list-radar.ts';
import { createPlan, deletePlan, listPlans } from './radar/plans.ts';

const tags = ['services'];
const base = '/services/procurement';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The day in Germany, for file names. */
const todayInBerlin = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** Joint procurement (Bedarfsbündelung) and the bundling radar, under /api/services/procurement. */
export async function procurementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    `${base}/cpv`,
    {
      schema: {
        tags,
        summary: 'The CPV 2008 codes the platform knows (partial: the 45 divisions), or those matching q',
        querystring: CpvQuery,
        response: { 200: CpvList, ...problems(400, 401) },
      },
    },
    async (request) => {
      actorOf(request.principal, request.ip);
      return searchCpv(request.query.q);
    },
  );

  r.get(
    `${base}/purchases`,
    {
      schema: {
        tags,
        summary: 'The joint purchases I may see (platform, my alliances, my organisation); mine: my organisation’s',
        querystring: PurchaseListQuery,
        response: { 200: PurchaseList, ...problems(400, 401) },
      },
    },
    async (request) =>
      listPurchases(deps.db, actorOf(request.principal, request.ip).personId, request.query.mine ?? false),
  );

  r.post(
    `${base}/purchases`,
    {
      schema: {
        tags,
        summary:
          'Open a joint purchase as lead buyer (an organisation admin): subject, CPV codes, lots, value, deadline',
        body: CreatePurchaseInput,
        response: { 201: PurchaseDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPurchase(deps, actorOf(request.principal, request.ip), request.body)),
  );

  r.get(
    `${base}/purchases/:id`,
    {
      schema: {
        tags,
        summary: 'A joint purchase with its lots, the EU threshold check, my organisation’s needs and (lead) the sums',
        params: IdParams,
        response: { 200: PurchaseDetail, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { personId } = actorOf(request.principal, request.ip);
      return deps.db.transaction(async (tx) => {
        const viewer = await viewerOf(tx, personId);
        return purchaseDetail(tx, viewer, await loadPurchase(tx, viewer, request.params.id));
      });
    },
  );

  r.patch(
    `${base}/purchases/:id`,
    {
      schema: {
        tags,
        summary: 'Move the timeline on, record the eForms notice ID and the award (the lead)',
        params: IdParams,
        body: UpdatePurchaseInput,
        response: { 200: PurchaseDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updatePurchase(deps, actorOf(request.principal, request.ip), request.params.id, request.body),
  );

  r.put(
    `${base}/purchases/:id/lots/:lotId/need`,
    {
      schema: {
        tags,
        summary: 'Declare or change my organisation’s need for a lot (admins and editors, before the deadline)',
        params: LotParams,
        body: NeedInput,
        response: { 200: NeedView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      declareNeed(deps, actorOf(request.principal, request.ip), request.params.id, request.params.lotId, request.body),
  );

  r.delete(
    `${base}/purchases/:id/lots/:lotId/need`,
    {
      schema: {
        tags,
        summary: 'Take back my organisation’s need for a lot (before the deadline)',
        params: LotParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await withdrawNeed(deps, actorOf(request.principal, request.ip), request.params.id, request.params.lotId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${base}/purchases/:id/needs`,
    {
      schema: {
        tags,
        summary: 'Every organisation’s needs of a purchase (the lead only)',
        params: IdParams,
        response: { 200: NeedList, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      needList(await leadNeeds(deps.db, actorOf(request.principal, request.ip).personId, request.params.id)),
  );

  r.get(
    `${base}/purchases/:id/needs.csv`,
    {
      schema: {
        tags,
        summary: 'The needs and the sum per lot as CSV for Excel (the lead only)',
        params: IdParams,
        querystring: Type.Object(
          { lang: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Unsafe({ type: 'string', description: 'CSV: one line per need, then the sum of each lot' }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const answer = await leadNeeds(deps.db, actorOf(request.principal, request.ip).personId, request.params.id);
      const language = request.query.lang ?? 'de';
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          contentDisposition('attachment', needsFileName(answer.purchase.subject, todayInBerlin(), language)),
        )
        .header('cache-control', 'no-store')
        .send(needsCsv(answer, language));
    },
  );

  r.get(
    `${base}/purchases/:id/needs.xlsx`,
    {
      schema: {
        tags,
        summary: 'The needs and the sum per lot as an Excel workbook, with numbers as numbers (the lead only)',
        params: IdParams,
        querystring: Type.Object(
          { lang: Type.Optional(Type.Union([Type.Literal('de'), Type.Literal('en')])) },
          { additionalProperties: false },
        ),
        produces: [XLSX],
        response: {
          200: Type.Unsafe({
            type: 'string',
            format: 'binary',
            description: 'XLSX: one line per need, then the sum of each lot',
          }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const answer = await leadNeeds(deps.db, actorOf(request.principal, request.ip).personId, request.params.id);
      const language = request.query.lang ?? 'de';
      const file = await needsXlsx(answer, language);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          contentDisposition('attachment', needsFileName(answer.purchase.subject, todayInBerlin(), language, 'xlsx')),
        )
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  r.get(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: 'My organisation’s “we plan to buy” entries',
        response: { 200: PlanList, ...problems(401) },
      },
    },
    async (request) => listPlans(deps.db, actorOf(request.principal, request.ip).personId),
  );

  r.post(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: 'Enter a plan to buy (CPV code, period, rough quantity); the radar compares it at once',
        body: PlanInput,
        response: { 201: PlanView, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPlan(deps, actorOf(request.principal, request.ip), request.body)),
  );

  r.delete(
    `${base}/plans/:id`,
    {
      schema: {
        tags,
        summary: 'Remove one of my organisation’s plan entries with its proposals',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deletePlan(deps, actorOf(request.principal, request.ip), request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${base}/radar`,
    {
      schema: {
        tags,
        summary: 'The bundling radar’s proposals for my organisation (same CPV group, overlapping periods)',
        response: { 200: RadarList, ...problems(401) },
      },
    },
    async (request) => listRadar(deps.db, actorOf(request.principal, request.ip).personId),
  );
}
