import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { mayAdministerPlatform } from './policy.ts';

/** The platform admin making the request; to everyone else the administration does not exist (404). */
export function requireAdmin(request: FastifyRequest): Principal {
  if (!mayAdministerPlatform(request.principal)) throw notFound('Page');
  return request.principal;
}
