import type { Tx } from '../../../../platform/db/client.ts';
import { notify } from '../../../notifications/notify.ts';
import type { PurchaseRow } from '../access.ts';
import { adminsOfOrganisations, allianceMemberOrganisations } from '../org-reads.ts';
import { organisationNames } from './purchase-views.ts';

/** Tells the admins of the alliance's other organisations that a joint purchase was opened for them. */
export async function announcePurchase(tx: Tx, row: PurchaseRow, allianceId: string): Promise<void> {
  const others = (await allianceMemberOrganisations(tx, allianceId)).filter((id) => id !== row.ownerOrganisationId);
  const admins = await adminsOfOrganisations(tx, others);
  if (admins.length === 0) return;
  const names = await organisationNames(tx, [row.ownerOrganisationId]);
  await notify(tx, admins, {
    kind: 'procurement-purchase-opened',
    data: {
      title: row.subject,
      organisationName: names.get(row.ownerOrganisationId) ?? '',
      needsDeadline: row.needsDeadline.toISOString(),
    },
    link: `/services/procurement/${row.id}`,
  });
}
