import { and, asc, count, eq, inArray, isNull, notExists, or, type SQL, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { WorkspaceRole } from './membership.ts';
import type { Visibility } from './policy.ts';
import { workspaceJoinRequests, workspaceMembers, workspaces } from './tables.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect & { visibility: Visibility };

export async function findWorkspace(tx: Tx, id: string): Promise<WorkspaceRow | null> {
  const rows = await tx.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return (rows[0] as WorkspaceRow | undefined) ?? null;
}

/** The workspace row, locked against concurrent membership changes until the transaction ends. */
export async function lockWorkspace(tx: Tx, id: string): Promise<WorkspaceRow | null> {
  const rows = await tx.select().from(workspaces).where(eq(workspaces.id, id)).limit(1).for('update');
  return (rows[0] as WorkspaceRow | undefined) ?? null;
}

export async function insertWorkspace(tx: Tx, values: typeof workspaces.$inferInsert): Promise<WorkspaceRow> {
  const [row] = await tx.insert(workspaces).values(values).returning();
  return row as WorkspaceRow;
}

export async function updateWorkspaceRow(
  tx: Tx,
  id: string,
  patch: { name?: string; description?: string; visibility?: Visibility },
): Promise<WorkspaceRow> {
  const [row] = await tx.update(workspaces).set(patch).where(eq(workspaces.id, id)).returning();
  return row as WorkspaceRow;
}

/** Adds a member; false when the person is one already. */
export async function insertMember(
  tx: Tx,
  values: { workspaceId: string; personId: string; role: WorkspaceRole; addedBy: string | null },
): Promise<boolean> {
  const rows = await tx
    .insert(workspaceMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ personId: workspaceMembers.personId });
  return rows.length > 0;
}

export async function setMemberRole(tx: Tx, workspaceId: string, personId: string, role: WorkspaceRole) {
  await tx
    .update(workspaceMembers)
    .set({ role })
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.personId, personId)));
}

export async function deleteMember(tx: Tx, workspaceId: string, personId: string) {
  await tx
    .delete(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.personId, personId)));
}

/** The owners' person IDs (for the last-owner rule and for telling owners about join requests). */
export async function ownerIdsOf(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: workspaceMembers.personId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'owner')))
    .orderBy(asc(workspaceMembers.personId));
  return rows.map((r) => r.personId);
}

export async function memberCountOf(tx: Tx, workspaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, workspaceId));
  return Number(row?.n ?? 0);
}

/** Members with their names, owners first, then by name. */
export async function memberRowsOf(tx: Tx, workspaceId: string, personId?: string) {
  const rows = await tx
    .select({
      personId: workspaceMembers.personId,
      name: persons.name,
      role: workspaceMembers.role,
      joinedAt: workspaceMembers.joinedAt,
    })
    .from(workspaceMembers)
    .innerJoin(persons, eq(persons.id, workspaceMembers.personId))
    .where(
      and(
        eq(workspaceMembers.workspaceId, workspaceId),
        personId ? eq(workspaceMembers.personId, personId) : undefined,
      ),
    )
    .orderBy(
      sql`case ${workspaceMembers.role} when 'owner' then 0 when 'member' then 1 else 2 end`,
      sql`lower(${persons.name})`,
      asc(workspaceMembers.personId),
    );
  return rows.map((r) => ({ ...r, role: r.role as WorkspaceRole }));
}

export interface PersonContact {
  id: string;
  name: string;
  email: string;
  locale: string;
  locked: boolean;
}

const contactColumns = {
  id: persons.id,
  name: persons.name,
  email: persons.email,
  locale: persons.locale,
  lockedAt: persons.lockedAt,
};

export async function personContact(tx: Tx, id: string): Promise<PersonContact | null> {
  const [row] = await tx.select(contactColumns).from(persons).where(eq(persons.id, id)).limit(1);
  return row ? { ...row, locked: row.lockedAt !== null } : null;
}

/** The person with this (lower-case) e-mail address. */
export async function personContactByEmail(tx: Tx, email: string): Promise<PersonContact | null> {
  const [row] = await tx.select(contactColumns).from(persons).where(eq(persons.email, email)).limit(1);
  return row ? { ...row, locked: row.lockedAt !== null } : null;
}

// Drizzle writes a column of the selected table unqualified, and the requests have an `id` of their own.
const outerWorkspaceId = sql`${sql.identifier('workspaces')}.${sql.identifier('id')}`;

function latestRequestStatus(personId: string) {
  return sql<
    'open' | 'accepted' | 'declined' | null
  >`(select r.status from ${workspaceJoinRequests} r where r.workspace_id = ${outerWorkspaceId} and r.person_id = ${personId} order by r.created_at desc limit 1)`;
}

const memberCount = sql<number>`(select count(*) from ${workspaceMembers} m where m.workspace_id = ${outerWorkspaceId})`;

const listColumns = {
  id: workspaces.id,
  name: workspaces.name,
  description: workspaces.description,
  visibility: workspaces.visibility,
  ownerOrganisationId: workspaces.ownerOrganisationId,
  ownerAllianceId: workspaces.ownerAllianceId,
  createdAt: workspaces.createdAt,
  memberCount: memberCount.mapWith(Number),
};

/** The workspaces the person belongs to, with their role, by name. */
export async function workspacesOfPerson(tx: Tx, personId: string) {
  const rows = await tx
    .select({ ...listColumns, myRole: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.personId, personId), isNull(workspaces.archivedAt)))
    .orderBy(sql`lower(${workspaces.name})`, asc(workspaces.id));
  return rows.map((r) => ({ ...r, visibility: r.visibility as Visibility, myRole: r.myRole as WorkspaceRole }));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Workspaces the person is not in but may find: platform-wide ones, and those of their own
 * organisation or its alliances that are open to the owner's people. Filtered here, in SQL.
 */
export async function discoverableWorkspaces(
  tx: Tx,
  filter: { personId: string; organisationId: string | null; allianceIds: string[]; q?: string; limit: number },
) {
  const owned: SQL[] = [];
  if (filter.organisationId) owned.push(eq(workspaces.ownerOrganisationId, filter.organisationId));
  if (filter.allianceIds.length > 0) owned.push(inArray(workspaces.ownerAllianceId, filter.allianceIds));
  const visible = or(
    eq(workspaces.visibility, 'platform'),
    owned.length > 0 ? and(eq(workspaces.visibility, 'owner'), or(...owned)) : undefined,
  );
  const rows = await tx
    .select({ ...listColumns, request: latestRequestStatus(filter.personId) })
    .from(workspaces)
    .where(
      and(
        visible,
        isNull(workspaces.archivedAt),
        filter.q ? sql`${workspaces.name} ilike ${`%${escapeLike(filter.q)}%`}` : undefined,
        notExists(
          tx
            .select({ one: sql`1` })
            .from(workspaceMembers)
            .where(
              and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.personId, filter.personId)),
            ),
        ),
      ),
    )
    .orderBy(sql`lower(${workspaces.name})`, asc(workspaces.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r, visibility: r.visibility as Visibility }));
}

/**
 * The workspaces a signed-in person may know of, as `canSeeWorkspace` (policy.ts) decides, in SQL:
 * those they belong to in any role, platform-wide ones, and those open to the owner's people when
 * their home organisation (or one of its alliances) owns it; archived ones stay out. For the search
 * over everything (features/search); reads `workspaces` unaliased.
 */
export function visibleWorkspacesFor(viewer: {
  personId: string;
  organisationId: string | null;
  allianceIds: string[];
}) {
  const owned: SQL[] = [];
  if (viewer.organisationId) owned.push(eq(workspaces.ownerOrganisationId, viewer.organisationId));
  if (viewer.allianceIds.length > 0) owned.push(inArray(workspaces.ownerAllianceId, viewer.allianceIds));
  // An IN list is read once per statement (hashed), where EXISTS would look once per workspace.
  const member = sql`${workspaces.id} in (select m.workspace_id from ${workspaceMembers} m where m.person_id = ${viewer.personId})`;
  return and(
    isNull(workspaces.archivedAt),
    or(
      member,
      eq(workspaces.visibility, 'platform'),
      owned.length > 0 ? and(eq(workspaces.visibility, 'owner'), or(...owned)) : undefined,
    ),
  ) as SQL;
}
