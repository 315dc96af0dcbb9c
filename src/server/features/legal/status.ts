import { LEGAL_PAGES, type LegalStatus } from '../../../shared/contracts/legal.ts';
import type { Tx } from '../../platform/db/client.ts';
import { legalStatusView } from './legal-view.ts';
import { readLegalPages } from './queries.ts';

/** Which legal pages the operator has filled in (for the API and for other features' reminders). */
export async function legalStatus(db: Tx): Promise<LegalStatus> {
  return legalStatusView(await readLegalPages(db, LEGAL_PAGES));
}

/** How many legal pages still wait for the operator: what a platform admin's to-do list counts. */
export async function unfilledLegalPages(db: Tx): Promise<number> {
  return (await legalStatus(db)).pages.filter((page) => !page.filled).length;
}
