import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  PortfolioSubscription,
  PortfolioSubscriptionQuery,
  PortfolioSubscriptions,
} from '../../../../shared/contracts/portfolio.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { subscribe, subscriptionOf, subscriptionsOf, unsubscribe } from './portfolio-subscriptions.ts';

const tags = ['projects'];
const SCOPE = 'exactly one of alliance, organisation, workspace; a portfolio I may see';

/** The weekly mail "Ihr Portfolio diese Woche": whether I get it of a portfolio, asking for it and ending it. */
export async function subscriptionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/portfolio/subscription',
    {
      schema: {
        tags,
        summary: `Whether I get the portfolio’s weekly mail (${SCOPE})`,
        querystring: PortfolioSubscriptionQuery,
        response: { 200: PortfolioSubscription, ...problems(400, 401, 404) },
      },
    },
    async (request) => subscriptionOf(deps.db, request.principal, request.query),
  );

  r.put(
    '/portfolio/subscription',
    {
      schema: {
        tags,
        summary: `Get the portfolio’s weekly mail, every Monday morning; asking again changes nothing (${SCOPE})`,
        querystring: PortfolioSubscriptionQuery,
        response: { 200: PortfolioSubscription, ...problems(400, 401, 404) },
      },
    },
    async (request) => subscribe(deps.db, request.principal, request.query),
  );

  r.delete(
    '/portfolio/subscription',
    {
      schema: {
        tags,
        summary: `No longer get the portfolio’s weekly mail; ending it again changes nothing (${SCOPE})`,
        querystring: PortfolioSubscriptionQuery,
        response: { 200: PortfolioSubscription, ...problems(400, 401, 404) },
      },
    },
    async (request) => unsubscribe(deps.db, request.principal, request.query),
  );

  r.get(
    '/me/portfolio-subscriptions',
    {
      schema: {
        tags,
        summary: 'The portfolios whose weekly mail I get (of those I still see)',
        response: { 200: PortfolioSubscriptions, ...problems(401) },
      },
    },
    async (request) => subscriptionsOf(deps.db, request.principal),
  );
}
