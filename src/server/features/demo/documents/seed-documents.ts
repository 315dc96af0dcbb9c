import type { Db, Tx } from '../../../platform/db/client.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { decideApproval } from '../../documents/approvals/decide-approval.ts';
import { requestApproval } from '../../documents/approvals/request-approval.ts';
import { lockNode } from '../../documents/locks/lock-node.ts';
import { liveChildren, type NodeRow } from '../../documents/node-queries.ts';
import { insertNode } from '../../documents/nodes/create-node.ts';
import { storeFile } from '../../documents/nodes/store-file.ts';
import { type Space, spaceOf } from '../../documents/space-access.ts';
import { addVersion } from '../../documents/versions/add-version.ts';
import { workspacesOfPerson } from '../../workspaces/queries.ts';
import { P } from '../workspaces/script.ts';
import { DEMO_FILES } from './files.ts';

/**
 * The documents of the demo workspace "Breitband Sauerland", put there through the documents' own
 * commands as its people would: folders, files with a second version, a file checked out by a
 * colleague from Soest and an approval half given. Nothing happens when the workspace has documents.
 */
export async function seedDocuments(tx: Tx, blobs: BlobStore): Promise<boolean> {
  const people = new Map<string, string>();
  for (const [key, email] of Object.entries(P)) {
    const id = await personIdByEmail(tx, email);
    if (id) people.set(key, id);
  }
  const stefan = people.get('stefan');
  if (!stefan) return false;
  const workspace = (await workspacesOfPerson(tx, stefan)).find((w) => w.name === 'Breitband Sauerland');
  const space = workspace ? await spaceOf(tx, stefan, { kind: 'workspace', id: workspace.id }) : null;
  if (!space || (await liveChildren(tx, space, null)).length > 0) return false;
  const as = (key: string) => ({ personId: people.get(key) as string });
  const store = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    return { key: await blobs.put(bytes), size: bytes.length, head: bytes.subarray(0, 64) };
  };
  const folders = new Map<string, NodeRow[]>([['', []]]);
  for (const file of DEMO_FILES) {
    if (!folders.has(file.folder)) {
      const folder = await insertNode(tx, as('stefan'), space, [], { kind: 'folder', name: file.folder });
      folders.set(file.folder, [folder]);
    }
    const chain = folders.get(file.folder) as NodeRow[];
    const [first, ...later] = file.versions;
    if (!first) continue;
    let { node } = await storeFile(tx, as(first.by), space as Space, chain, file.name, await store(first.text), {
      comment: first.comment,
      ifExists: 'conflict',
    });
    for (const version of later) {
      ({ node } = await addVersion(tx, as(version.by), [...chain, node], await store(version.text), version.comment));
    }
    if (file.checkedOutBy) {
      await lockNode(tx, as(file.checkedOutBy), [...chain, node], {
        scope: 'exclusive',
        depth: '0',
        minutes: 2 * 24 * 60,
        ownerNote: '',
        via: 'web',
      });
    }
    if (file.approval) {
      const db = tx as unknown as Db;
      const reviewerIds = file.approval.reviewers.map((key) => people.get(key) as string);
      const asked = await requestApproval(db, people.get(file.approval.by), node.id, {
        reviewerIds,
        message: file.approval.message,
      });
      for (const key of file.approval.approvedBy) {
        await decideApproval(db, people.get(key), asked.id, {
          decision: 'approved',
          comment: 'Passt aus Sicht von Soest.',
        });
      }
    }
  }
  return true;
}
