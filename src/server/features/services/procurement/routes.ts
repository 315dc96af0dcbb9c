import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** Joint procurement (issue 16; routes come with the area's work). */
export async function procurementRoutes(_app: FastifyInstance, _deps: Deps) {}
