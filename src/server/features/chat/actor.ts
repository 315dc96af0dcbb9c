import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/plugin.ts';

/** Who acts in the chat: the signed-in person, their name (for events and notifications) and address (for the audit log). */
export interface ChatActor {
  personId: string;
  name: string;
  ip: string;
}

/** The signed-in person as a chat actor, or a 401 problem. */
export function chatActorOf(request: FastifyRequest): ChatActor {
  const principal = requirePrincipal(request);
  return { personId: principal.personId, name: principal.name, ip: request.ip };
}
