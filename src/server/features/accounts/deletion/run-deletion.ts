import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Contributions } from '../../../../shared/contracts/account-deletion.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import {
  adminMail,
  deletedOnRequestMail,
  homeOrganisationOf,
  noticeAdmins,
  type Recipient,
} from './deletion-notices.ts';
import { erasePerson } from './erase-person.ts';
import { handOverFirst, handOverOf, nothingToHandOver } from './hand-over.ts';

export interface DeletionBy {
  /** The person themselves, or the platform admin acting on their request. */
  actorId: string;
  kind: 'self' | 'admin';
  ip: string | null;
  /** The admin's written reason (kept in the audit log). */
  reason?: string;
  log: FastifyBaseLogger;
}

/**
 * Deletes a person's account in one transaction (nothing half-written: a failure rolls everything back):
 * refuses with 409 while they hold a role nobody else holds, erases and anonymises, writes the audit entry
 * (the fact, who and when; the admin's reason) and tells the home organisation's admins in the bell.
 * After commit the blobs of deleted files go and the mails leave. 404 for an unknown or deleted account.
 */
export async function runDeletion(
  deps: Deps,
  personId: string,
  contributions: Contributions,
  by: DeletionBy,
): Promise<void> {
  const done = await deps.db.transaction(async (tx) => {
    const [person] = rowsOf<Recipient & { deleted: boolean }>(
      await tx.execute(
        sql`select name, email, locale, deleted_at is not null as deleted from persons where id = ${personId} for update`,
      ),
    );
    if (!person || person.deleted) throw notFound('Person');
    const handOver = await handOverOf(tx, personId);
    if (!nothingToHandOver(handOver)) throw handOverFirst(handOver);
    const home = await homeOrganisationOf(tx, personId);
    const erased = await erasePerson(tx, { id: personId, email: person.email, name: person.name }, contributions);
    await audit(tx, {
      actorId: by.actorId,
      action: 'account.deleted',
      subjectType: 'person',
      subjectId: personId,
      organisationId: home?.id ?? null,
      // A person's own request keeps no address of theirs; an admin's keeps the admin's.
      ip: by.kind === 'admin' ? by.ip : null,
      details: { by: by.kind, contributions, ...(by.reason ? { reason: by.reason } : {}) },
    });
    if (home) await noticeAdmins(tx, home, person.name);
    return { person, home, erased };
  });

  await removeUnsharedBlobs(deps, done.erased.blobKeys, by.log);
  if (done.home) {
    const link = linkTo(deps, `/organisations/${done.home.id}`);
    for (const admin of done.home.admins) {
      sendInBackground(deps, by.log, adminMail(admin, done.person.name, done.home.name, link));
    }
  }
  if (by.kind === 'admin') sendInBackground(deps, by.log, deletedOnRequestMail(done.person));
}

/** Removes each blob no row refers to any more (blobs are content-addressed: the same bytes may be another's file). */
async function removeUnsharedBlobs(deps: Deps, keys: string[], log: FastifyBaseLogger): Promise<void> {
  if (keys.length === 0) return;
  const store = blobStorageFor(deps.config);
  for (const key of new Set(keys)) {
    const [used] = rowsOf<{ used: boolean }>(
      await deps.db.execute(
        sql`select exists (select 1 from message_attachments where blob_key = ${key})
              or exists (select 1 from doc_versions where blob_key = ${key})
              or exists (select 1 from project_task_attachments where blob_key = ${key})
              or exists (select 1 from event_session_files where blob_key = ${key})
              or exists (select 1 from content_media where original_key = ${key} or web_key = ${key})
              or exists (select 1 from organisations where logo_key = ${key})
              or exists (select 1 from jobs where result->>'blobKey' = ${key}) as used`,
      ),
    );
    if (used?.used) continue;
    await store.remove(key).catch((err: unknown) => log.warn({ err }, 'could not remove a deleted account’s blob'));
  }
}
