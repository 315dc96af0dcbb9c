import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { contentSettings } from '../tables.ts';

/** Sets the organisation's price per translated word; false when the person is not one of its admins. */
export async function setWordPrice(
  db: Db,
  principal: Principal,
  organisationId: string,
  wordPriceCents: number | null,
): Promise<boolean> {
  const membership = await membershipOf(db, principal.personId);
  const admin =
    membership?.organisationId === organisationId && membership.status === 'confirmed' && membership.role === 'admin';
  if (!admin) return false;
  await db
    .insert(contentSettings)
    .values({ organisationId, wordPriceCents })
    .onConflictDoUpdate({ target: contentSettings.organisationId, set: { wordPriceCents, updatedAt: new Date() } });
  return true;
}
