import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { ssoRequiredOrganisations } from '../tables.ts';

export async function isRequiredFor(tx: Tx, organisationId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: ssoRequiredOrganisations.organisationId })
    .from(ssoRequiredOrganisations)
    .where(eq(ssoRequiredOrganisations.organisationId, organisationId))
    .limit(1);
  return rows.length > 0;
}

export async function setRequired(tx: Tx, organisationId: string, setBy: string, required: boolean): Promise<void> {
  if (required) await tx.insert(ssoRequiredOrganisations).values({ organisationId, setBy }).onConflictDoNothing();
  else await tx.delete(ssoRequiredOrganisations).where(eq(ssoRequiredOrganisations.organisationId, organisationId));
}
