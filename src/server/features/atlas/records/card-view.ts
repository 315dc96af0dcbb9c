import type { CooperationCard } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { organisationSummaries } from '../../organisations/summary.ts';
import type { CardRow } from '../queries.ts';

/** Records as list cards, with their partners' names in the record's order. */
export async function cardsOf(tx: Tx, rows: CardRow[]): Promise<CooperationCard[]> {
  const ids = [...new Set(rows.flatMap((r) => r.partnerIds))];
  const names = new Map((await organisationSummaries(tx, ids)).map((o) => [o.id, o.name]));
  return rows.map(({ partnerIds, ...card }) => ({
    ...card,
    partnerNames: partnerIds.flatMap((id) => names.get(id) ?? []),
  }));
}
