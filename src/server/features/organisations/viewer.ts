import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { membershipOf } from './membership.ts';
import type { Viewer } from './policy.ts';

/** Who is acting on a request, for the policy and the audit log. */
export interface Actor {
  viewer: Viewer;
  ip: string | null;
}

/** The signed-in person with their home organisation membership; null when signed out. */
export async function viewerOf(tx: Tx, principal: Principal | null): Promise<Viewer | null> {
  if (!principal) return null;
  return {
    personId: principal.personId,
    isPlatformAdmin: principal.isPlatformAdmin,
    membership: await membershipOf(tx, principal.personId),
  };
}

/** The signed-in actor of a request, or a 401 problem. */
export async function actorOf(tx: Tx, request: FastifyRequest): Promise<Actor> {
  const principal = requirePrincipal(request);
  return {
    viewer: {
      personId: principal.personId,
      isPlatformAdmin: principal.isPlatformAdmin,
      membership: await membershipOf(tx, principal.personId),
    },
    ip: request.ip,
  };
}
