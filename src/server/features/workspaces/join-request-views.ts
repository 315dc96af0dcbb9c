import type { Tx } from '../../platform/db/client.ts';
import { confirmedOrganisationsOf } from '../organisations/membership.ts';
import { organisationSummaries } from '../organisations/summary.ts';

interface RequestRow {
  id: string;
  personId: string;
  personName: string;
  message: string;
  status: string;
  createdAt: Date;
}

/** Join requests as owners see them: who asks, from which organisation, with what message. */
export async function joinRequestViews(tx: Tx, rows: RequestRow[]) {
  const homes = await confirmedOrganisationsOf(
    tx,
    rows.map((r) => r.personId),
  );
  const names = new Map(
    (await organisationSummaries(tx, [...new Set(homes.map((h) => h.organisationId))])).map((o) => [o.id, o.name]),
  );
  const home = new Map(homes.map((h) => [h.personId, h.organisationId]));
  return rows.map((r) => {
    const organisationId = home.get(r.personId);
    return {
      id: r.id,
      person: {
        id: r.personId,
        name: r.personName,
        organisation: organisationId ? { id: organisationId, name: names.get(organisationId) ?? '' } : null,
      },
      message: r.message,
      status: r.status as 'open' | 'accepted' | 'declined',
      createdAt: r.createdAt,
    };
  });
}
