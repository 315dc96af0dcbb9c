import { docNodes, docVersions } from '../src/server/features/documents/tables.ts';
import { organisationMemberships, organisations } from '../src/server/features/organisations/tables.ts';
import { workspaceMembers, workspaces } from '../src/server/features/workspaces/tables.ts';
import { createSession } from '../src/server/platform/auth/session-store.ts';
import { persons } from '../src/server/platform/auth/tables.ts';
import type { Db } from '../src/server/platform/db/client.ts';
import { newId } from '../src/server/platform/db/ids.ts';

/**
 * The documents benchmark's world: a municipality, its clerk, a workspace the clerk owns, and in it the
 * folder "Ablage" with `entries` files, each with one version of the same small text (one blob,
 * `blobKey`, which the caller puts into the store). Written straight into the database: through the API
 * the 10,000 entries would take minutes on PGlite, and the benchmark measures reading them.
 */
export interface DocumentsWorld {
  personId: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  folderId: string;
  folderName: string;
  entries: number;
  /** The clerk's session cookie (`allmende_session=…`). */
  cookie: string;
}

/** The bytes every seeded file holds. */
export const SEEDED_TEXT = Buffer.from('Niederschrift der Sitzung des Bauausschusses.\n');

export async function seedDocuments(db: Db, options: { entries: number; blobKey: string }): Promise<DocumentsWorld> {
  const organisationId = newId();
  const personId = newId();
  const email = `sachbearbeitung-${personId.slice(-12)}@bench.example`;
  const workspaceId = newId();
  const workspaceName = 'Bauamt Ablage';
  await db
    .insert(organisations)
    .values({ id: organisationId, name: 'Bench-Gemeinde', searchName: 'bench-gemeinde', type: 'gemeinde' });
  await db.insert(persons).values({
    id: personId,
    name: 'Sachbearbeitung Bauamt',
    email,
    passwordHash: 'not-for-signing-in',
    emailVerifiedAt: new Date(),
  });
  await db.insert(organisationMemberships).values({
    personId,
    organisationId,
    role: 'admin',
    status: 'confirmed',
    confirmedAt: new Date(),
  });
  await db.insert(workspaces).values({
    id: workspaceId,
    name: workspaceName,
    ownerOrganisationId: organisationId,
    visibility: 'members',
    createdBy: personId,
  });
  await db.insert(workspaceMembers).values({ workspaceId, personId, role: 'owner' });

  const space = { spaceKind: 'workspace', spaceId: workspaceId, createdBy: personId, updatedBy: personId };
  const folderId = newId();
  const folderName = 'Ablage';
  await db.insert(docNodes).values({ ...space, id: folderId, kind: 'folder', name: folderName, nameKey: 'ablage' });
  const size = SEEDED_TEXT.length;
  for (let start = 0; start < options.entries; start += 1000) {
    const files = Array.from({ length: Math.min(1000, options.entries - start) }, (_, i) => {
      const name = `Niederschrift ${String(start + i + 1).padStart(5, '0')}.txt`;
      return { node: newId(), version: newId(), name };
    });
    await db.insert(docNodes).values(
      files.map((f) => ({
        ...space,
        id: f.node,
        parentId: folderId,
        kind: 'file',
        name: f.name,
        nameKey: f.name.toLowerCase(),
        currentVersionId: f.version,
        size,
        mediaType: 'text/plain',
      })),
    );
    await db.insert(docVersions).values(
      files.map((f) => ({
        id: f.version,
        nodeId: f.node,
        number: 1,
        blobKey: options.blobKey,
        size,
        mediaType: 'text/plain',
        authorId: personId,
      })),
    );
  }
  const session = await createSession(db, { personId, days: 1, ip: null, userAgent: 'bench' });
  return {
    personId,
    email,
    workspaceId,
    workspaceName,
    folderId,
    folderName,
    entries: options.entries,
    cookie: `allmende_session=${session.token}`,
  };
}
