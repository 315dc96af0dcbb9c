import type { FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import { healthRoutes } from './features/health/routes.ts';

/** The HTTP routes of every feature, mounted under /api in this order. */
export const featureRoutes: Array<(app: FastifyInstance, deps: Deps) => Promise<void>> = [healthRoutes];
