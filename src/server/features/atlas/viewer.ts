import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { membershipOf } from '../organisations/membership.ts';
import type { AtlasViewer } from './policy.ts';

/** Who performs a change, and from where (for the audit log). */
export interface AtlasActor {
  viewer: AtlasViewer;
  /** The person's name, as notifications show it. */
  name: string;
  ip: string | null;
}

/** The viewer as the atlas policy sees them: only a confirmed home organisation counts. */
export async function atlasViewerOf(tx: Tx, principal: Principal | null): Promise<AtlasViewer | null> {
  if (!principal) return null;
  const membership = await membershipOf(tx, principal.personId);
  return {
    personId: principal.personId,
    isPlatformAdmin: principal.isPlatformAdmin,
    organisationId: membership?.status === 'confirmed' ? membership.organisationId : null,
  };
}

/** The signed-in actor of a request, or a 401 problem. */
export async function atlasActorOf(tx: Tx, request: FastifyRequest): Promise<AtlasActor> {
  const principal = requirePrincipal(request);
  const viewer = await atlasViewerOf(tx, principal);
  return { viewer: viewer as AtlasViewer, name: principal.name, ip: request.ip };
}
