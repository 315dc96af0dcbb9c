import type { Db, Tx } from '../../../platform/db/client.ts';
import { type BlobStorage, blobKeyOf } from '../../../platform/storage/blob-storage.ts';
import { requireOrganisation } from '../../organisations/profile/profile.ts';
import { setLogo } from '../../organisations/profile/set-logo.ts';
import { editOrganisation } from '../../organisations/profile/update-organisation.ts';
import type { Actor } from '../../organisations/viewer.ts';
import { designFor, renderLogo } from '../logos/render.ts';
import { organisationsByAgs } from '../queries.ts';
import { DEMO_PROFILES, demoDescription } from './profiles.ts';

const ROUND_TYPES = new Set(['kreis', 'landkreis']);

/**
 * Gives the demo organisations their description and a drawn logo, through the organisations feature's
 * own commands (as their platform admin would), so audit log and storage are as for an upload. Only what
 * is still empty is filled: what someone changed in the demo stays.
 */
export async function seedProfiles(
  tx: Tx,
  storage: BlobStorage,
  platformAdminId: string,
): Promise<{ descriptions: number; logos: number }> {
  // The commands open their own transaction; inside the seed's it becomes a savepoint.
  const db = tx as unknown as Db;
  const actor: Actor = { viewer: { personId: platformAdminId, isPlatformAdmin: true, membership: null }, ip: null };
  const found = await organisationsByAgs(
    tx,
    DEMO_PROFILES.map((p) => p.ags),
  );
  let descriptions = 0;
  let logos = 0;
  for (const profile of DEMO_PROFILES) {
    const id = found.get(profile.ags)?.id;
    if (!id) continue;
    const organisation = await requireOrganisation(tx, id);
    if (!organisation.description) {
      await editOrganisation(db, actor, id, { description: demoDescription(profile) });
      descriptions += 1;
    }
    const shape = ROUND_TYPES.has(organisation.type) ? 'circle' : 'square';
    const drawn = () => renderLogo(designFor(organisation.name, shape));
    if (!organisation.logoKey) {
      await setLogo(db, storage, actor, id, { bytes: drawn(), declaredType: 'image/png' });
      logos += 1;
    } else if (!(await storage.get(organisation.logoKey))) {
      // The database keeps the demo's logo but this data folder lacks its file (a new DATA_DIR on the
      // same PostgreSQL database): drawn again, the same bytes give the same key.
      const bytes = drawn();
      if (blobKeyOf(bytes) === organisation.logoKey) await storage.put(bytes);
    }
  }
  return { descriptions, logos };
}
