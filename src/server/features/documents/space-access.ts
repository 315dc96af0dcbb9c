import { and, eq, inArray } from 'drizzle-orm';
import type { SpaceKind, SpaceRights } from '../../../shared/contracts/documents.ts';
import type { Tx } from '../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { allianceMembers, alliances } from '../alliances/tables.ts';
import { organisationRoleOf } from '../organisations/membership.ts';
import { organisationMemberships, organisations } from '../organisations/tables.ts';
import type { WorkspaceRole } from '../workspaces/membership.ts';
import { workspaceMembers, workspaces } from '../workspaces/tables.ts';
import { rightsOf } from './policy.ts';

/** A document space: a workspace's, an organisation's or an alliance's files. */
export interface SpaceRef {
  kind: SpaceKind;
  id: string;
}

export interface Space extends SpaceRef {
  name: string;
  rights: SpaceRights;
}

// The spaces' own tables are read here, in one query per kind, rather than through three features'
// functions per space: a WebDAV client lists the spaces with every request to the top folder.

async function workspaceSpaces(tx: Tx, personId: string, ids?: string[]): Promise<Space[]> {
  const rows = await tx
    .select({
      id: workspaces.id,
      name: workspaces.name,
      role: workspaceMembers.role,
      archivedAt: workspaces.archivedAt,
    })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.personId, personId), ids ? inArray(workspaces.id, ids) : undefined));
  return rows.flatMap((row) => {
    const rights = rightsOf({ kind: 'workspace', role: row.role as WorkspaceRole, archived: row.archivedAt !== null });
    return rights ? [{ kind: 'workspace' as const, id: row.id, name: row.name, rights }] : [];
  });
}

async function homeOrganisation(tx: Tx, personId: string) {
  const [row] = await tx
    .select({ id: organisations.id, name: organisations.name, role: organisationMemberships.role })
    .from(organisationMemberships)
    .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(and(eq(organisationMemberships.personId, personId), eq(organisationMemberships.status, 'confirmed')))
    .limit(1);
  return row ? { ...row, role: organisationRoleOf(row.role) } : null;
}

async function allianceSpaces(
  tx: Tx,
  home: { id: string; role: ReturnType<typeof organisationRoleOf> },
  ids?: string[],
): Promise<Space[]> {
  const rows = await tx
    .select({ id: alliances.id, name: alliances.name })
    .from(allianceMembers)
    .innerJoin(alliances, eq(alliances.id, allianceMembers.allianceId))
    .where(
      and(
        eq(allianceMembers.organisationId, home.id),
        eq(allianceMembers.status, 'member'),
        ids ? inArray(alliances.id, ids) : undefined,
      ),
    );
  const rights = rightsOf({ kind: 'alliance', role: home.role });
  return rights ? rows.map((row) => ({ kind: 'alliance' as const, id: row.id, name: row.name, rights })) : [];
}

/** Every space the person may read: their workspaces, their organisation, its alliances; by kind, then name. */
export async function readableSpaces(tx: Tx, personId: string): Promise<Space[]> {
  const home = await homeOrganisation(tx, personId);
  const spaces = [
    ...(await workspaceSpaces(tx, personId)),
    ...(home ? [{ kind: 'organisation' as const, id: home.id, name: home.name, rights: orgRights(home.role) }] : []),
    ...(home ? await allianceSpaces(tx, home) : []),
  ];
  const order: SpaceKind[] = ['workspace', 'organisation', 'alliance'];
  return spaces.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, 'de'));
}

function orgRights(role: ReturnType<typeof organisationRoleOf>): SpaceRights {
  return rightsOf({ kind: 'organisation', role }) as SpaceRights;
}

/** The space with the person's rights, or null when it does not exist or they may not read it. */
export async function spaceOf(tx: Tx, personId: string, ref: SpaceRef): Promise<Space | null> {
  if (ref.kind === 'workspace') return (await workspaceSpaces(tx, personId, [ref.id]))[0] ?? null;
  const home = await homeOrganisation(tx, personId);
  if (!home) return null;
  if (ref.kind === 'organisation') {
    return home.id === ref.id
      ? { kind: 'organisation', id: home.id, name: home.name, rights: orgRights(home.role) }
      : null;
  }
  return (await allianceSpaces(tx, home, [ref.id]))[0] ?? null;
}

/** The space for a request: 401 signed out, 404 when it does not exist or the person may not read it. */
export async function requireSpace(tx: Tx, personId: string | null | undefined, ref: SpaceRef): Promise<Space> {
  if (!personId) throw unauthenticated();
  const space = await spaceOf(tx, personId, ref);
  if (!space) throw notFound('Document space');
  return space;
}

/** Whether each of these people may read the space (e.g. those asked to approve a file). */
export async function readersAmong(tx: Tx, ref: SpaceRef, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  if (ref.kind === 'workspace') {
    const rows = await tx
      .select({ personId: workspaceMembers.personId })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ref.id), inArray(workspaceMembers.personId, personIds)));
    return new Set(rows.map((r) => r.personId));
  }
  const orgCondition =
    ref.kind === 'organisation'
      ? eq(organisationMemberships.organisationId, ref.id)
      : inArray(
          organisationMemberships.organisationId,
          tx
            .select({ id: allianceMembers.organisationId })
            .from(allianceMembers)
            .where(and(eq(allianceMembers.allianceId, ref.id), eq(allianceMembers.status, 'member'))),
        );
  const rows = await tx
    .select({ personId: organisationMemberships.personId })
    .from(organisationMemberships)
    .where(
      and(
        inArray(organisationMemberships.personId, personIds),
        eq(organisationMemberships.status, 'confirmed'),
        orgCondition,
      ),
    );
  return new Set(rows.map((r) => r.personId));
}

/** The space by its own table, whoever asks (platform admins setting quotas): its name, or null. */
export async function spaceExists(tx: Tx, ref: SpaceRef): Promise<(SpaceRef & { name: string }) | null> {
  const table = ref.kind === 'workspace' ? workspaces : ref.kind === 'organisation' ? organisations : alliances;
  const [row] = await tx.select({ name: table.name }).from(table).where(eq(table.id, ref.id));
  return row ? { kind: ref.kind, id: ref.id, name: row.name } : null;
}
