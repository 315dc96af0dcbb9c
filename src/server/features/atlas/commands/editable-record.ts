import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { type AtlasViewer, canEdit, canSee, isPartner } from '../policy.ts';
import { findById, type RecordRow } from '../queries.ts';

/**
 * The record locked for a change by this viewer: 404 when they may not see it, 409 when it is
 * archived (frozen until an admin unarchives it), 403 when they may see but not edit it.
 */
export async function lockForEditing(tx: Tx, viewer: AtlasViewer, id: string): Promise<RecordRow> {
  const record = await findById(tx, id, true);
  if (!record || !canSee(viewer, record)) throw notFound('Cooperation');
  if (!canEdit(viewer, record)) {
    if (record.state === 'archived' && (viewer.isPlatformAdmin || isPartner(viewer, record.partnerIds))) {
      throw conflict('archived', 'The record is archived', 'An admin has to unarchive it before it can be changed.');
    }
    throw forbidden('Only people of the partner organisations can change this record.');
  }
  return record;
}
