import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { csvFile, exportFileName, jsonFile } from '../exchange/export-files.ts';
import { EXPORT_MAX, exchangeRecords, exportIds } from '../exchange/export-records.ts';
import { indexGeneration } from './index-generation.ts';
import { searchAtlasJson } from './search.ts';
import { cacheKeyOf, createAtlasSearchCache } from './search-cache.ts';
import { SingleFlight } from './search-flight.ts';
import {
  checkStartRange,
  ExportQuery,
  type ExportQueryInput,
  filtersOf,
  SearchQuery,
  searchOf,
} from './search-params.ts';
import { configureWordCache } from './search-word-cache.ts';
import { analyseQuery } from './search-words.ts';

const TAGS = ['atlas'];

/** The public search of the Kooperationsatlas and its export (published records only, also signed out). */
export async function searchRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const cache = createAtlasSearchCache(deps.config.atlasSearchCacheMs);
  configureWordCache(deps.config.atlasWordCacheMs);
  const flights = new SingleFlight<EncodedAnswer>();

  app.get(
    '/atlas/cooperations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Search published cooperations: hits with highlighted snippets, total, facet counts (each with the other filters), map points of the whole result, "Meinten Sie …?" suggestion',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...problems(400) },
      },
    },
    async (request, reply) => {
      checkStartRange(request.query);
      const key = cacheKeyOf(request.query);
      let answer = cache?.get(key);
      if (answer === undefined) {
        const generation = indexGeneration();
        // Requests for the same search against the same index share one run of its statement.
        answer = await flights.run(`${generation}:${key}`, async () => {
          // Requests already read in this turn of the event loop join first: PGlite runs a statement
          // without giving the loop a turn, so a run started at once would end before they were read.
          await new Promise((resolve) => setImmediate(resolve));
          const computed = new EncodedAnswer(Buffer.from(await searchAtlasJson(deps.db, searchOf(request.query))));
          cache?.set(key, computed, generation);
          return computed;
        });
      }
      const { body, encoding } = await answer.encodedFor(request.headers['accept-encoding']);
      reply.header('vary', 'Accept-Encoding');
      if (encoding) reply.header('content-encoding', encoding);
      // Bytes pass through Fastify unserialised: the answer is JSON already (see searchAtlasJson).
      return reply.type('application/json; charset=utf-8').send(body as unknown as SearchResult);
    },
  );

  const exportSchema = (format: string) => ({
    tags: TAGS,
    summary: `Export the published cooperations matching the search filters as ${format} (no paging, at most ${EXPORT_MAX.toLocaleString('en')}; contacts are not included)`,
    querystring: ExportQuery,
    response: {
      200: Type.Unsafe({ type: 'string', description: `${format} file, the exchange format the import reads` }),
      ...problems(400),
    },
  });

  async function sendExport(reply: FastifyReply, query: ExportQueryInput, format: 'csv' | 'json') {
    checkStartRange(query);
    const words = await analyseQuery(deps.db, (query.q ?? '').trim());
    const ids = await exportIds(deps.db, { filters: filtersOf(query), sort: query.sort ?? 'relevance' }, words);
    const truncated = ids.length > EXPORT_MAX;
    const records = exchangeRecords(deps.db, ids.slice(0, EXPORT_MAX), deps.config.publicUrl);
    const now = new Date();
    reply
      .header('content-disposition', `attachment; filename="${exportFileName(format, now)}"`)
      .header('cache-control', 'no-store')
      .header('x-total-count', String(Math.min(ids.length, EXPORT_MAX)));
    if (truncated) reply.header('x-export-truncated', 'true');
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(Readable.from(csvFile(records)));
    }
    return reply.type('application/json; charset=utf-8').send(Readable.from(jsonFile(records, now)));
  }

  app.get(
    '/atlas/cooperations.csv',
    { schema: exportSchema('CSV (UTF-8 with BOM, ";" separated)') },
    (request, reply) => sendExport(reply, request.query, 'csv'),
  );
  app.get(
    '/atlas/cooperations.json',
    { schema: exportSchema('JSON ({ format: "allmende-atlas/1", exportedAt, cooperations })') },
    (request, reply) => sendExport(reply, request.query, 'json'),
  );
}
