import { firstFreeSlug } from '../../../shared/reserved-slugs.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { membershipOf } from '../organisations/membership.ts';
import { insertAlliance, upsertMember } from './mutations.ts';
import type { Viewer } from './policy.ts';
import { type AllianceRow, slugsLike } from './queries.ts';
import { slugify } from './slug.ts';

/** The viewer as the alliance policy sees them: their confirmed home organisation and role there. */
export async function viewerOf(tx: Tx, principal: Principal | null): Promise<Viewer | null> {
  if (!principal) return null;
  const membership = await membershipOf(tx, principal.personId);
  return {
    personId: principal.personId,
    isPlatformAdmin: principal.isPlatformAdmin,
    organisation: membership?.status === 'confirmed' ? { id: membership.organisationId, role: membership.role } : null,
  };
}

export interface NewAlliance {
  name: string;
  description?: string | null | undefined;
  website?: string | null | undefined;
  /** The founding organisation; it becomes the first member. */
  organisationId: string;
  /** The person who founds it. */
  createdBy: string;
}

/**
 * Creates an alliance with its founding organisation as first member and a unique slug made from
 * the name. Writes no audit entry or event: callers (the route's command, the demo seeder) add theirs.
 */
export async function createAlliance(tx: Tx, input: NewAlliance): Promise<AllianceRow> {
  const base = slugify(input.name);
  const id = newId();
  // Another transaction may take the same slug between looking and inserting; the unique index then
  // turns the insert into a no-op and the next free slug is tried. Words of the routes ("new") are skipped.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const alliance = await insertAlliance(tx, {
      id,
      name: input.name,
      slug: firstFreeSlug(base, await slugsLike(tx, base)),
      description: input.description ?? null,
      website: input.website ?? null,
      createdByOrganisationId: input.organisationId,
      createdBy: input.createdBy,
    });
    if (alliance) {
      await upsertMember(tx, alliance.id, input.organisationId, input.createdBy);
      return alliance;
    }
  }
  throw new Error(`no free slug for "${base}"`);
}

/** Makes an organisation a full member of an alliance, also when it was invited (used by the demo seeder). */
export async function addMember(tx: Tx, allianceId: string, organisationId: string): Promise<void> {
  await upsertMember(tx, allianceId, organisationId, null);
}

/** Who performs a change, and from where (for the audit log). */
export interface Actor {
  viewer: Viewer;
  ip: string | null;
}
