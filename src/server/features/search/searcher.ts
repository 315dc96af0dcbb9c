import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { AtlasViewer } from '../atlas/policy.ts';
import { homeOf } from '../workspaces/owner.ts';

/**
 * Who searches, as the groups' rules need it: the person, whether a platform admin, their confirmed
 * home organisation (a pending membership counts for nothing) and the alliances it is a full member of.
 * Null: signed out.
 */
export interface Searcher {
  personId: string;
  isPlatformAdmin: boolean;
  organisationId: string | null;
  allianceIds: string[];
}

export async function searcherOf(tx: Tx, principal: Principal | null): Promise<Searcher | null> {
  if (!principal) return null;
  const home = await homeOf(tx, principal.personId);
  return { personId: principal.personId, isPlatformAdmin: principal.isPlatformAdmin, ...home };
}

/** The searcher as the atlas's policy sees them (atlas/viewer.ts atlasViewerOf, from the same membership). */
export function atlasViewer(searcher: Searcher | null): AtlasViewer | null {
  if (!searcher) return null;
  return {
    personId: searcher.personId,
    isPlatformAdmin: searcher.isPlatformAdmin,
    organisationId: searcher.organisationId,
  };
}
