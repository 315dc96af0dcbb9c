import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { forbidden, notFound, Problem } from '../../../platform/errors/problem.ts';
import type { BlobStorage } from '../../../platform/storage/blob-storage.ts';
import { imageTypeOf } from '../../../platform/storage/image-type.ts';
import { canManage } from '../policy.ts';
import { updateOrganisation } from '../queries.ts';
import type { Actor } from '../viewer.ts';
import { requireOrganisation } from './profile.ts';

export const MAX_LOGO_BYTES = 512 * 1024;

/**
 * Stores a new logo. The bytes must be the PNG, JPEG or WebP the Content-Type claims; what they
 * really are is decided by their magic numbers, never by the header alone.
 */
export async function setLogo(
  db: Db,
  storage: BlobStorage,
  actor: Actor,
  id: string,
  upload: { bytes: Buffer; declaredType: string },
): Promise<void> {
  await requireOrganisation(db, id);
  if (!canManage(actor.viewer, id)) throw forbidden('Only administrators of the organisation may change its logo.');
  const type = imageTypeOf(upload.bytes);
  if (!type || type !== upload.declaredType) {
    throw new Problem(400, 'invalid-image', 'Not a PNG, JPEG or WebP image of the declared type');
  }
  // The blob is written before the row points to it, so a reader never finds a key without bytes.
  const key = await storage.put(upload.bytes);
  await db.transaction(async (tx) => {
    await updateOrganisation(tx, id, { logoKey: key });
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.logo_changed',
      subjectType: 'organisation',
      subjectId: id,
      organisationId: id,
      ip: actor.ip,
      details: { type, bytes: upload.bytes.length, key },
    });
  });
}

export async function removeLogo(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await requireOrganisation(tx, id);
    if (!canManage(actor.viewer, id)) throw forbidden('Only administrators of the organisation may change its logo.');
    if (!organisation.logoKey) throw notFound('Logo');
    await updateOrganisation(tx, id, { logoKey: null });
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.logo_removed',
      subjectType: 'organisation',
      subjectId: id,
      organisationId: id,
      ip: actor.ip,
    });
  });
}
