import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { Portfolio, PortfolioMilestones, PortfolioQuery } from '../../../../shared/contracts/portfolio.ts';
import type { Deps } from '../../../deps.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { pageLanguage } from '../../../platform/web-pages/texts.ts';
import { todayInGermany } from '../projects/week.ts';
import { thresholdRoutes } from '../schedule/threshold-routes.ts';
import { portfolio, portfolioEntries, portfolioJson } from './portfolio.ts';
import { createPortfolioAnswers } from './portfolio-answers.ts';
import { portfolioCsv, portfolioFileName } from './portfolio-csv.ts';
import { portfolioMilestones } from './portfolio-milestones.ts';
import { reportPage, reportShell } from './portfolio-report.ts';
import { createProjectBaseCache, followProjectChanges } from './project-base-cache.ts';
import { subscriptionRoutes } from './subscription-routes.ts';

const tags = ['projects'];
const SCOPE =
  'exactly one of alliance, organisation, workspace; sort=health|name|end|next-milestone; level and status filter and may repeat';

/** The portfolio of an alliance, an organisation or a workspace: as JSON, its milestones, CSV and a printable report. */
export async function portfolioRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const shell = reportShell(deps.config.webDist);
  // The projects' views, kept for every reader of every portfolio in this process (project-base-cache.ts).
  const views = createProjectBaseCache({ ttlMs: deps.config.portfolioCacheMs });
  const unfollow = followProjectChanges(deps.bus, views);
  // And whole answers, per reader, for as long as sessions are reused (portfolio-answers.ts).
  const answers = createPortfolioAnswers({
    ttlMs: deps.config.sessionCacheMs,
    bus: deps.bus,
    personChanges: app.personChanges,
  });
  app.addHook('onClose', async () => {
    unfollow();
    answers.close();
  });

  r.get(
    '/portfolio',
    {
      schema: {
        tags,
        summary: `All projects of the scope I may see, with health, progress, next milestone and lead (${SCOPE})`,
        querystring: PortfolioQuery,
        response: { 200: Portfolio, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { principal, query } = request;
      const build = async () =>
        new EncodedAnswer(
          Buffer.from(portfolioJson(await portfolioEntries(deps.db, principal, query, todayInGermany(), views))),
        );
      const answer = principal ? await answers.answer(principal.personId, query, build) : await build();
      const { body, encoding } = await answer.encodedFor(request.headers['accept-encoding']);
      reply.header('vary', 'Accept-Encoding');
      if (encoding) reply.header('content-encoding', encoding);
      // Bytes pass through Fastify unserialised: the document the schema above describes, put together
      // from the projects' JSON made once (portfolioJson).
      const untyped: FastifyReply = reply;
      return untyped.type('application/json; charset=utf-8').send(body);
    },
  );

  r.get(
    '/portfolio/milestones',
    {
      schema: {
        tags,
        summary: `The milestones of the portfolio’s projects I may see, by date, for a timeline across projects (${SCOPE})`,
        querystring: PortfolioQuery,
        response: { 200: PortfolioMilestones, ...problems(400, 401, 404) },
      },
    },
    async (request) => portfolioMilestones(deps.db, request.principal, request.query),
  );

  r.get(
    '/portfolio.csv',
    {
      schema: {
        tags,
        summary:
          'The portfolio as a CSV file for Excel: UTF-8 with BOM, ";" separated, reasons worded (German; English with the language cookie en)',
        querystring: PortfolioQuery,
        response: {
          200: Type.Unsafe({
            type: 'string',
            description:
              'CSV: Projekt;Arbeitsraum;Federführung;Status;Ampel;Gründe;Fortschritt;Nächster Meilenstein;Ende, one row per project',
          }),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const today = todayInGermany();
      const language = pageLanguage(request);
      const answer = await portfolio(deps.db, request.principal, request.query, today, views);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', portfolioFileName(answer, today, language)))
        .header('cache-control', 'no-store')
        .send(portfolioCsv(answer, language));
    },
  );

  r.get(
    '/portfolio/report',
    {
      schema: {
        tags,
        summary:
          'The portfolio as a printable status report (HTML without scripts; German, English with the language cookie en)',
        querystring: PortfolioQuery,
        response: {
          200: Type.Unsafe({ type: 'string', description: 'HTML page' }),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const today = todayInGermany();
      const answer = await portfolio(deps.db, request.principal, request.query, today, views);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(reportPage(shell, answer, pageLanguage(request), today));
    },
  );

  await thresholdRoutes(app, deps);
  await subscriptionRoutes(app, deps);
}
