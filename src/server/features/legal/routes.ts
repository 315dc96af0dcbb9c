import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';

/** The operator's legal pages (Impressum, privacy statement, accessibility statement). */
export async function legalRoutes(_app: FastifyInstance, _deps: Deps) {}
