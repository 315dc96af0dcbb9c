import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';

// Placeholder until its helper builds it; routes.ts registers it.
export async function importRoutes(_app: FastifyInstance, _deps: Deps) {}
