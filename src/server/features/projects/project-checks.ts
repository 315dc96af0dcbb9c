import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { type FieldError, invalid } from '../../platform/errors/problem.ts';
import { cooperations } from '../atlas/tables.ts';
import { channels } from '../chat/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { workspaceMembers } from '../workspaces/tables.ts';

/** What a project's settings name, as sent (undefined: unchanged). */
export interface ProjectReferences {
  startDate?: string | null;
  endDate?: string | null;
  leadPersonId?: string | null;
  leadOrganisationId?: string | null;
  partnerIds?: readonly string[];
  cooperationId?: string | null;
  channelId?: string | null;
}

/**
 * Refuses settings that name what does not fit (400, one error per field): an end before the start, a
 * lead who is not in the workspace, organisations or an atlas record that do not exist, a channel of
 * another workspace. `current` gives the dates the input leaves as they are.
 */
export async function checkProjectReferences(
  tx: Tx,
  workspaceId: string,
  input: ProjectReferences,
  current: { startDate: string | null; endDate: string | null } = { startDate: null, endDate: null },
): Promise<void> {
  const errors: FieldError[] = [];
  const start = input.startDate === undefined ? current.startDate : input.startDate;
  const end = input.endDate === undefined ? current.endDate : input.endDate;
  if (start && end && end < start) errors.push({ field: 'body:/endDate', message: 'must not be before the start' });
  if (input.leadPersonId) {
    const [member] = await tx
      .select({ role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.personId, input.leadPersonId)));
    if (!member || member.role === 'guest') {
      errors.push({ field: 'body:/leadPersonId', message: 'must be an owner or member of the workspace' });
    }
  }
  const organisationIds = [
    ...(input.leadOrganisationId ? [input.leadOrganisationId] : []),
    ...(input.partnerIds ?? []),
  ];
  if (organisationIds.length > 0) {
    const found = new Set(
      (
        await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(inArray(organisations.id, [...new Set(organisationIds)]))
      ).map((row) => row.id),
    );
    if (input.leadOrganisationId && !found.has(input.leadOrganisationId)) {
      errors.push({ field: 'body:/leadOrganisationId', message: 'is not a known organisation' });
    }
    (input.partnerIds ?? []).forEach((id, index) => {
      if (!found.has(id)) errors.push({ field: `body:/partnerIds/${index}`, message: 'is not a known organisation' });
    });
  }
  if (input.cooperationId) {
    const [record] = await tx
      .select({ id: cooperations.id })
      .from(cooperations)
      .where(and(eq(cooperations.id, input.cooperationId), eq(cooperations.state, 'published')));
    if (!record) errors.push({ field: 'body:/cooperationId', message: 'is not a published atlas record' });
  }
  if (input.channelId) {
    const [channel] = await tx
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, input.channelId), eq(channels.workspaceId, workspaceId)));
    if (!channel) errors.push({ field: 'body:/channelId', message: 'is not a channel of the workspace' });
  }
  if (errors.length > 0) throw invalid(errors);
}
