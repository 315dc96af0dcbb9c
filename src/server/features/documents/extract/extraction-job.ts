import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { enqueueJob } from '../../../platform/jobs/job-queries.ts';
import type { JobContext, JobHandler } from '../../../platform/jobs/job-runner.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { extractText } from './extract-text.ts';
import { extractFormatOf } from './formats.ts';
import { EXTRACT_LIMITS, ExtractRefused } from './limits.ts';
import { readUpTo } from './read-blob.ts';
import { type ExtractionOutcome, extractInWorker } from './run-extraction.ts';
import { saveText, versionToRead } from './text-queries.ts';

export const EXTRACTION_JOB = 'documents.extract-text';

interface ExtractionPayload {
  versionId: string;
}

/**
 * Asks for the text of a new version to be extracted for the search, in the transaction that
 * creates the version: the job exists only if the version does.
 */
export async function queueExtraction(tx: Tx, versionId: string): Promise<void> {
  await enqueueJob(tx, { id: newId(), kind: EXTRACTION_JOB, payload: { versionId }, total: 1, createdBy: null });
}

async function extractHere(bytes: Uint8Array): Promise<ExtractionOutcome> {
  try {
    return { ok: true, ...(await extractText(bytes, 'text')) };
  } catch (error) {
    if (error instanceof ExtractRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * Reads a version's bytes from the store (never more than the limits), extracts the text in a worker
 * thread and writes it with its search vector in one transaction. A file that breaks a limit or is not
 * what its name says ends as `failed`, one without text (an image) as `empty`; the job itself is done
 * either way (only a store or database that does not answer makes the runner try again).
 */
export function extractionJob(deps: Deps): JobHandler {
  const store = blobStorageFor(deps.config);
  return async (context: JobContext<ExtractionPayload>) => {
    const { versionId } = context.payload;
    const version = await versionToRead(deps.db, versionId);
    if (!version || version.prunedAt) {
      await context.finish(async () => ({ state: 'gone' }));
      return;
    }
    const format = extractFormatOf(version.mediaType, version.name);
    let outcome: ExtractionOutcome = { ok: true, text: '', truncated: false };
    if (format) {
      const stream = await store.getStream(version.blobKey);
      const maxBytes = format === 'text' ? EXTRACT_LIMITS.textInputBytes : EXTRACT_LIMITS.inputBytes;
      // A store that does not have the bytes may be one that cannot be reached as it should, or
      // (processes with local stores of their own, as the tests' apps) another process's: try again later.
      if (!stream) throw new Error(`the bytes of version ${versionId} are not in the store`);
      if (format !== 'text' && stream.size > maxBytes) {
        stream.body.destroy();
        outcome = { ok: false, reason: `larger than ${maxBytes} bytes` };
      } else {
        const bytes = await readUpTo(stream.body, maxBytes);
        // Text is only decoded (4 MB at most): no worker thread needed for that.
        outcome = format === 'text' ? await extractHere(bytes) : await extractInWorker(bytes, format);
      }
    }
    const state = !outcome.ok ? 'failed' : outcome.text === '' ? 'empty' : 'done';
    if (!outcome.ok) context.log.warn({ versionId, reason: outcome.reason }, 'document text not extracted');
    await context.finish(async (tx) => {
      await saveText(tx, versionId, { state, text: outcome.ok ? outcome.text : '', name: version.name });
      return outcome.ok
        ? { state, chars: outcome.text.length, truncated: outcome.truncated }
        : { state, reason: outcome.reason };
    });
  };
}
