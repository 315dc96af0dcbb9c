import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';

/** One search over everything a person may see: GET /api/search. */
export async function searchRoutes(_app: FastifyInstance, _deps: Deps) {}
