import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';

/** The demo's Events (issue 16; filled with the area's work). */
export async function seedEvents(
  _tx: Tx,
  _deps: Deps,
  _options: { log?: { warn(message: string): void } | undefined },
) {}
