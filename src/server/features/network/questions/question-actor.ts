import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';

/** Who acts: the signed-in person, their name (for notifications) and address (for the audit log). */
export interface QuestionActor {
  personId: string;
  name: string;
  ip: string;
}

/** The signed-in person, or a 401 problem. */
export function questionActorOf(request: FastifyRequest): QuestionActor {
  const principal = requirePrincipal(request);
  return { personId: principal.personId, name: principal.name, ip: request.ip };
}
