import type { Tx } from '../../platform/db/client.ts';
import { ensureCuratedCooperation } from '../atlas/import/import-curated.ts';
import { DEMO_COOPERATIONS } from './cooperations/index.ts';
import { organisationsByAgs } from './queries.ts';

/**
 * Publishes the demo cooperations that are not there yet, with the platform admin as author and
 * demo organisation admins as contacts. Partners missing from the directory are left out.
 */
export async function seedCooperations(
  tx: Tx,
  options: { authorId: string; contactOf: Map<string, string> },
): Promise<number> {
  const organisationOf = await organisationsByAgs(tx, [...new Set(DEMO_COOPERATIONS.flatMap((c) => c.partners))]);
  let created = 0;
  // Saved last to first: lists show the newest first, so the atlas opens with the list's first records.
  for (const demo of [...DEMO_COOPERATIONS].reverse()) {
    const partnerIds = demo.partners.flatMap((ags) => {
      const organisation = organisationOf.get(ags);
      return organisation ? [organisation.id] : [];
    });
    const contacts = demo.contacts.flatMap((ags) => {
      const personId = options.contactOf.get(ags);
      return personId ? [{ personId, role: 'Ansprechperson' }] : [];
    });
    const outcome = await ensureCuratedCooperation(tx, { ...demo.record, partnerIds, contacts }, options.authorId);
    if (outcome === 'created') created += 1;
  }
  return created;
}
