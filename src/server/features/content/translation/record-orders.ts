import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { contentTranslationOrders } from '../tables.ts';

/** A page's text sent out for translation: from which language and version, into which. */
export interface TranslationOrder {
  pageId: string;
  language: string;
  basisLanguage: string;
  basisNumber: number;
}

/** Records the export's orders, so each page's target shows as in translation until a version returns. */
export async function recordOrders(tx: Tx, personId: string, orders: readonly TranslationOrder[]): Promise<void> {
  if (orders.length === 0) return;
  await tx
    .insert(contentTranslationOrders)
    .values(orders.map((order) => ({ id: newId(), ...order, orderedBy: personId })));
}
