import type { Tx } from '../../platform/db/client.ts';

/**
 * Recomputes a record's search vector and its words in atlas_terms after it was saved (in the
 * same transaction). Placeholder until the search is built.
 */
export async function indexCooperation(_tx: Tx, _cooperationId: string): Promise<void> {}
