import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** The network's wiki routes (under /api/network). */
export async function wikiRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
