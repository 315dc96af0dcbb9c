import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

/** Competence centre offers (issue 16; routes come with the area's work). */
export async function serviceOfferRoutes(_app: FastifyInstance, _deps: Deps) {}
