import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** The network's questions routes (under /api/network). */
export async function questionRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
