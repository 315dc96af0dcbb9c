import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { preparedPerDatabase } from '../../platform/db/prepared.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import type { WorkspaceRole } from '../workspaces/membership.ts';
import { workspaceMembers, workspaces } from '../workspaces/tables.ts';
import type { ChannelKind } from './policy.ts';
import { channelMembers, channels } from './tables.ts';

export type ChannelRow = typeof channels.$inferSelect;
export type MembershipRow = typeof channelMembers.$inferSelect;

function accessLookup(tx: Tx) {
  const personId = sql.placeholder('personId');
  return tx
    .select({ channel: channels, membership: channelMembers, role: workspaceMembers.role })
    .from(channels)
    .leftJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), eq(channelMembers.personId, personId)))
    .leftJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, channels.workspaceId), eq(workspaceMembers.personId, personId)),
    )
    .where(eq(channels.id, sql.placeholder('channelId')))
    .limit(1);
}

// Built once per database handle: reads (pages, threads, members) run it outside a transaction.
const preparedAccess = preparedPerDatabase('chat_channel_access', accessLookup);

/**
 * A channel with the person's row in channel_members and their role in its workspace (nulls when
 * none), in one round trip: every chat request asks it first. (The role is the one
 * workspaces/membership.ts answers; read here in the same statement to save a round trip.)
 */
export async function channelWithMembership(
  tx: Tx,
  channelId: string,
  personId: string,
): Promise<{ channel: ChannelRow; membership: MembershipRow | null; role: WorkspaceRole | null } | null> {
  const rows = await preparedAccess(tx).execute({ channelId, personId });
  const row = rows[0];
  return row
    ? { channel: row.channel, membership: row.membership, role: (row.role as WorkspaceRole | null) ?? null }
    : null;
}

export async function insertChannel(tx: Tx, values: typeof channels.$inferInsert): Promise<ChannelRow> {
  const rows = await tx.insert(channels).values(values).returning();
  return rows[0] as ChannelRow;
}

/** Serialises channel creation and renaming within one workspace, so two equal names cannot slip in. */
export async function lockWorkspaceChannelNames(tx: Tx, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`chat-names:${workspaceId}`}))`);
}

/** Whether a channel of the workspace (archived ones too) already has this name, ignoring case. */
export async function channelNameTaken(tx: Tx, workspaceId: string, name: string, exceptId?: string) {
  const rows = await tx
    .select({ id: channels.id })
    .from(channels)
    .where(
      and(
        eq(channels.workspaceId, workspaceId),
        sql`lower(${channels.name}) = lower(${name})`,
        exceptId ? ne(channels.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function updateChannel(tx: Tx, channelId: string, set: Partial<typeof channels.$inferInsert>) {
  const rows = await tx.update(channels).set(set).where(eq(channels.id, channelId)).returning();
  return rows[0] as ChannelRow;
}

/** Adds the person (or marks an existing read-position row as added). */
export async function addMembership(tx: Tx, channelId: string, personId: string): Promise<void> {
  await tx
    .insert(channelMembers)
    .values({ channelId, personId, added: true })
    .onConflictDoUpdate({ target: [channelMembers.channelId, channelMembers.personId], set: { added: true } });
}

export async function deleteMembership(tx: Tx, channelId: string, personId: string): Promise<boolean> {
  const rows = await tx
    .delete(channelMembers)
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.personId, personId)))
    .returning({ personId: channelMembers.personId });
  return rows.length > 0;
}

/**
 * Makes sure the person has a row (for the read position and the notify level) without changing
 * whether they were added: a member of an open channel gets a row that grants nothing by itself.
 */
export async function ensureMembershipRow(tx: Tx, channelId: string, personId: string): Promise<void> {
  await tx.insert(channelMembers).values({ channelId, personId, added: false }).onConflictDoNothing();
}

/** Moves the read position forward (never back); returns the new one, or null when it did not move. */
export async function advanceRead(tx: Tx, channelId: string, personId: string, seq: number): Promise<number | null> {
  // One statement: a first read makes the row (granting nothing by itself), a later one only moves forward.
  const rows = await tx
    .insert(channelMembers)
    .values({ channelId, personId, added: false, lastReadSeq: seq })
    .onConflictDoUpdate({
      target: [channelMembers.channelId, channelMembers.personId],
      set: { lastReadSeq: seq },
      setWhere: sql`${channelMembers.lastReadSeq} < ${seq}`,
    })
    .returning({ lastReadSeq: channelMembers.lastReadSeq });
  return rows[0]?.lastReadSeq ?? null;
}

export async function setNotifyLevel(tx: Tx, channelId: string, personId: string, level: string): Promise<void> {
  await ensureMembershipRow(tx, channelId, personId);
  await tx
    .update(channelMembers)
    .set({ notify: level })
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.personId, personId)));
}

export async function directChannelByKey(tx: Tx, directKey: string): Promise<ChannelRow | null> {
  const rows = await tx.select().from(channels).where(eq(channels.directKey, directKey)).limit(1);
  return rows[0] ?? null;
}

/** Signed-up people among the IDs (locked ones excluded), with their names. */
export async function activePersons(tx: Tx, ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(inArray(persons.id, [...ids]), isNull(persons.lockedAt)));
}

export async function workspaceName(tx: Tx, workspaceId: string | null): Promise<string | null> {
  if (!workspaceId) return null;
  const rows = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return rows[0]?.name ?? null;
}

/** The people in a conversation, by name. */
export async function conversationMembers(tx: Tx, channelIds: readonly string[]) {
  if (channelIds.length === 0) return new Map<string, Array<{ id: string; name: string }>>();
  const rows = await tx
    .select({ channelId: channelMembers.channelId, id: persons.id, name: persons.name })
    .from(channelMembers)
    .innerJoin(persons, eq(persons.id, channelMembers.personId))
    .where(and(inArray(channelMembers.channelId, [...channelIds]), eq(channelMembers.added, true)))
    .orderBy(asc(persons.name));
  const byChannel = new Map<string, Array<{ id: string; name: string }>>();
  for (const row of rows) {
    const list = byChannel.get(row.channelId) ?? [];
    list.push({ id: row.id, name: row.name });
    byChannel.set(row.channelId, list);
  }
  return byChannel;
}

export interface Reader {
  personId: string;
  name: string;
  role: WorkspaceRole | null;
  notify: string;
}

/**
 * Everyone who may read the channel now, with their notify level: for channels the workspace's
 * owners and members (open channels) and whoever was added; for conversations the people in it.
 */
export async function readersOf(tx: Tx, channel: { id: string; kind: ChannelKind }): Promise<Reader[]> {
  const result =
    channel.kind === 'channel'
      ? await tx.execute(sql`
          select wm.person_id as "personId", p.name, wm.role, coalesce(cm.notify, 'all') as notify
          from channels c
          join workspace_members wm on wm.workspace_id = c.workspace_id
          join persons p on p.id = wm.person_id
          left join channel_members cm on cm.channel_id = c.id and cm.person_id = wm.person_id
          where c.id = ${channel.id} and (cm.added or (not c.closed and wm.role <> 'guest'))`)
      : await tx.execute(sql`
          select cm.person_id as "personId", p.name, null as role, cm.notify
          from channel_members cm join persons p on p.id = cm.person_id
          where cm.channel_id = ${channel.id} and cm.added`);
  return rowsOf<Reader>(result);
}

/** IDs of the channels of a workspace. */
export async function channelIdsOfWorkspace(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.select({ id: channels.id }).from(channels).where(eq(channels.workspaceId, workspaceId));
  return rows.map((r) => r.id);
}

/** Takes a person's rows out of every channel of a workspace; returns the channels they were added to. */
export async function deleteWorkspaceMemberships(tx: Tx, workspaceId: string, personId: string): Promise<string[]> {
  const ids = await channelIdsOfWorkspace(tx, workspaceId);
  if (ids.length === 0) return [];
  const rows = await tx
    .delete(channelMembers)
    .where(and(inArray(channelMembers.channelId, ids), eq(channelMembers.personId, personId)))
    .returning({ channelId: channelMembers.channelId, added: channelMembers.added });
  return rows.filter((r) => r.added).map((r) => r.channelId);
}
