import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { seedOffers } from './offers.ts';
import { seedProcurement } from './procurement.ts';

/** The demo's Competence centre offers and joint purchases (issue 16; filled with the area's work). */
export async function seedServices(
  _tx: Tx,
  _deps: Deps,
  _options: { log?: { warn(message: string): void } | undefined },
) {
  await seedOffers(_tx, _deps, _options.log);
  await seedProcurement(_tx, _deps, _options.log);
}
