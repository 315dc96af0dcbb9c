import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { landName } from '../../../shared/laender.ts';
import type { Tx } from '../../platform/db/client.ts';
import { summaryRows } from './queries.ts';

// The organisation as other features show it (member lists, pickers, maps): they call these rather
// than read the organisations' tables.

export type { OrganisationSummary };

/** Adds the Land's name, which the shared list of Länder knows by the code. */
export function withLandName<T extends { landCode: string | null }>(row: T): T & { landName: string | null } {
  return { ...row, landName: landName(row.landCode) };
}

/** Several organisations as summaries, by name; IDs without an organisation are left out. */
export async function organisationSummaries(tx: Tx, ids: string[]): Promise<OrganisationSummary[]> {
  const rows = await summaryRows(tx, ids);
  return rows.map(withLandName);
}

/** One organisation as a summary; null when there is none with the ID. */
export async function organisationSummary(tx: Tx, id: string): Promise<OrganisationSummary | null> {
  const [summary] = await organisationSummaries(tx, [id]);
  return summary ?? null;
}
