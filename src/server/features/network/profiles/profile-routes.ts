import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** The network's profiles routes (under /api/network). */
export async function profileRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
