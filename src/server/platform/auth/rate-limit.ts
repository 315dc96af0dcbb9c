import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * Registers `@fastify/rate-limit` once per app, off by default: only routes that carry
 * `config: authRateLimit` are limited. Safe to call from several features.
 */
export async function registerAuthRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  if (app.hasDecorator('rateLimit')) return;
  await app.register(rateLimit, { global: false, max: perMinute, timeWindow: 60_000 });
}

/** Route config that opts a route into the per-address flood guard (limits come from registerAuthRateLimit). */
export const authRateLimit = { rateLimit: {} } as const;
