import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';

/** Events (issue 16; routes come with the area's work). */
export async function eventRoutes(_app: FastifyInstance, _deps: Deps) {}
