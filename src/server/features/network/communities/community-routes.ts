import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** The network's communities routes (under /api/network). */
export async function communityRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
