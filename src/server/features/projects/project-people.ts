import { and, eq, inArray } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { channelMembers } from '../chat/tables.ts';
import { workspaceMembers } from '../workspaces/tables.ts';
import type { ProjectRow } from './access.ts';

/**
 * The people who see a project, with their names: the workspace's owners and members, and guests
 * added to the project's channel (policy.ts). Mentions and notifications reach no one else.
 */
export async function projectPeople(tx: Tx, project: ProjectRow): Promise<{ id: string; name: string }[]> {
  const members = await tx
    .select({ id: persons.id, name: persons.name, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(persons, eq(persons.id, workspaceMembers.personId))
    .where(eq(workspaceMembers.workspaceId, project.workspaceId));
  const guests = members.filter((m) => m.role === 'guest').map((m) => m.id);
  const readers = new Set<string>();
  if (project.channelId && guests.length > 0) {
    const rows = await tx
      .select({ personId: channelMembers.personId })
      .from(channelMembers)
      .where(
        and(
          eq(channelMembers.channelId, project.channelId),
          inArray(channelMembers.personId, guests),
          eq(channelMembers.added, true),
        ),
      );
    for (const row of rows) readers.add(row.personId);
  }
  return members.filter((m) => m.role !== 'guest' || readers.has(m.id)).map(({ id, name }) => ({ id, name }));
}
