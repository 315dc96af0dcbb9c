import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** The network's moderation routes (under /api/network). */
export async function moderationRoutes(_app: FastifyInstance, _deps: Deps): Promise<void> {}
