import type { Tx } from '../../platform/db/client.ts';
import { type OrganisationSummary, organisationSummaries } from '../organisations/summary.ts';
import { type AllianceMemberStatus, memberEntriesOf } from './queries.ts';

export interface MemberRow {
  organisation: OrganisationSummary;
  status: AllianceMemberStatus;
  invitedAt: Date;
  joinedAt: Date | null;
}

/** Members and invitations of an alliance with what the member list and the map show, by organisation name. */
export async function memberDetailsOf(tx: Tx, allianceId: string): Promise<MemberRow[]> {
  const entries = new Map((await memberEntriesOf(tx, allianceId)).map((entry) => [entry.organisationId, entry]));
  const organisations = await organisationSummaries(tx, [...entries.keys()]);
  return organisations.flatMap((organisation) => {
    const entry = entries.get(organisation.id);
    return entry ? [{ organisation, status: entry.status, invitedAt: entry.invitedAt, joinedAt: entry.joinedAt }] : [];
  });
}
