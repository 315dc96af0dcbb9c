import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import type { JobContext, JobHandler } from '../../platform/jobs/job-runner.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { notify } from '../notifications/notify.ts';
import type { ExportPayload, ExportResult } from './export-queries.ts';
import { EXPORT_DAYS } from './limits.ts';
import { DATA_PARTS } from './parts/all-parts.ts';
import type { ExportedFile } from './parts/part.ts';
import { readmeText } from './readme.ts';
import { MY_DATA_PAGE, readyMail } from './ready-mail.ts';
import { createZipStream } from './zip-stream.ts';

/** The kind of the notification that says an export is ready. */
export const MY_DATA_READY = 'my-data-ready';

interface Owner {
  name: string;
  email: string;
  locale: string;
}

/**
 * Prepares one export: the archive is streamed into the store while it is written (README, one JSON file
 * per area, each read in a step of its own, then the uploaded files from the store), so neither the
 * archive nor the files are held whole. A job taken up again starts the archive afresh: an unfinished
 * stream leaves nothing in the store. When stored, the owner gets a notification (with the job's end)
 * and a mail, both pointing to the page, not to the file.
 */
export function exportJob(deps: Deps): JobHandler {
  const store = blobStorageFor(deps.config);
  return async (context: JobContext) => {
    const personId = context.createdBy;
    const [owner] = personId
      ? rowsOf<Owner>(await deps.db.execute(sql`select name, email, locale from persons where id = ${personId}`))
      : [];
    if (!personId || !owner) {
      await context.fail(async () => ({ type: 'person-gone', title: 'The person no longer exists' }));
      return;
    }
    const startedAt = new Date();
    const zip = createZipStream(startedAt);
    const stored = store.putStream(zip.output);
    stored.catch(() => {});
    const files: ExportedFile[] = [];
    let missingFiles = 0;
    try {
      await zip.addText('README.txt', readmeText(owner, startedAt));
      for (const [index, part] of DATA_PARTS.entries()) {
        const content = await context.step((tx) => part.collect(tx, personId), { done: index + 1 });
        await zip.addText(`${part.name}.json`, `${JSON.stringify(content.json, null, 2)}\n`);
        files.push(...(content.files ?? []));
      }
      for (const file of files) {
        const blob = await store.getStream(file.blobKey);
        if (!blob) {
          missingFiles += 1;
          continue;
        }
        await zip.addStream(`files/${file.path}`, blob.body);
      }
      await zip.end();
    } catch (error) {
      zip.abort(error as Error);
      throw error;
    }
    const archive = await stored;
    const expiresAt = new Date(Date.now() + EXPORT_DAYS * 24 * 60 * 60_000).toISOString();
    const result: ExportResult = {
      blobKey: archive.key,
      size: archive.size,
      files: files.length - missingFiles,
      missingFiles,
      expiresAt,
    };
    const onRequest = Boolean((context.payload as ExportPayload).requestedBy);
    await context.finish(async (tx) => {
      await notify(tx, [personId], { kind: MY_DATA_READY, data: { expiresAt, onRequest }, link: MY_DATA_PAGE });
      return { ...result };
    });
    await deps.mailer
      .send(readyMail(owner, `${deps.config.publicUrl}${MY_DATA_PAGE}`, expiresAt, onRequest))
      .catch((err: unknown) => context.log.error({ err, jobId: context.id }, 'the export mail could not be sent'));
  };
}
