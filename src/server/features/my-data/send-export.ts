import type { FastifyReply } from 'fastify';
import { Problem } from '../../platform/errors/problem.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import type { JobRow } from '../../platform/jobs/job-queries.ts';
import type { BlobStore } from '../../platform/storage/blob-storage.ts';
import type { ExportResult } from './export-queries.ts';
import { exportView } from './export-view.ts';

const expired = () => new Problem(410, 'export-expired', 'The export has expired and was deleted');

/**
 * Streams a finished export's ZIP (410 once expired, 409 while it is being prepared), never cached. It
 * `beforeSending` runs once the archive is there (an audit entry). It
 * does not hand back the reply (a thenable): the route returns the reply itself once this has sent.
 */
export async function sendExport(
  reply: FastifyReply,
  store: BlobStore,
  job: JobRow,
  fileStem: string,
  beforeSending?: () => Promise<void>,
): Promise<void> {
  const view = exportView(job);
  if (view.state === 'expired') throw expired();
  if (view.state !== 'done') throw new Problem(409, 'export-not-ready', 'The export is not ready');
  const blob = await store.getStream((job.result as ExportResult).blobKey as string);
  if (!blob) throw expired();
  try {
    await beforeSending?.();
  } catch (error) {
    blob.body.destroy();
    throw error;
  }
  const day = job.createdAt.toISOString().slice(0, 10);
  reply
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', contentDisposition('attachment', `${fileStem}-${day}.zip`))
    .header('content-length', blob.size)
    .type('application/zip')
    .send(blob.body);
}
