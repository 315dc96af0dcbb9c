// `npm run storage:to-s3`: copies the blobs under DATA_DIR/blobs into the S3 bucket the S3_* settings
// name, so a platform can move from the local disk to S3. Run it before starting the platform with
// S3_* set (and once more after, for anything uploaded meanwhile). Safe to run again and to interrupt:
// a blob already in the bucket with the same size is skipped, and every copy is checked against its
// key (the sha256 of its bytes) before it counts.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/server/config.ts';
import { checkServices, ServiceUnavailable } from '../src/server/platform/service-check.ts';
import { isBlobKey } from '../src/server/platform/storage/blob-storage.ts';
import { createS3BlobStorage, type S3BlobStore } from '../src/server/platform/storage/s3-blob-storage.ts';

export interface CopyCounts {
  /** Blobs written to the bucket in this run. */
  copied: number;
  /** Blobs the bucket had already, with the same size. */
  skipped: number;
  /** Files whose bytes do not match their name (left out, and named in the log). */
  damaged: number;
  /** Bytes written to the bucket in this run. */
  bytes: number;
}

/** Copies every blob file of `dir` (named by its sha256) to the store; other files are ignored. */
export async function copyBlobsToS3(
  dir: string,
  store: S3BlobStore,
  log: (line: string) => void = () => {},
): Promise<CopyCounts> {
  const counts: CopyCounts = { copied: 0, skipped: 0, damaged: 0, bytes: 0 };
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile() && isBlobKey(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const key of names) {
    const file = join(dir, key);
    const there = await store.head(key);
    const { size } = await stat(file);
    if (there?.size === size) {
      counts.skipped += 1;
      continue;
    }
    try {
      await store.putAs(key, createReadStream(file));
    } catch (error) {
      if (!String((error as Error).message).includes('have the sha256')) throw error;
      counts.damaged += 1;
      log(`damaged, not copied: ${key} (${(error as Error).message})`);
      continue;
    }
    counts.copied += 1;
    counts.bytes += size;
    if ((counts.copied + counts.skipped) % 100 === 0) log(`${counts.copied + counts.skipped} of ${names.length} …`);
  }
  return counts;
}

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(`storage:to-s3: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!config.s3) {
    console.error('storage:to-s3 needs the S3_* settings of the platform (at least S3_BUCKET).');
    process.exit(2);
  }
  try {
    await checkServices({ s3: config.s3 }, config.serviceTimeoutSeconds * 1000);
  } catch (error) {
    if (!(error instanceof ServiceUnavailable)) throw error;
    console.error(`storage:to-s3 cannot reach the bucket: ${error.message}`);
    process.exit(1);
  }
  const dir = join(config.dataDir, 'blobs');
  console.log(`Copying ${dir} to bucket "${config.s3.bucket}" …`);
  const counts = await copyBlobsToS3(dir, createS3BlobStorage(config.s3), (line) => console.log(line));
  console.log(
    `copied ${counts.copied} (${(counts.bytes / 1024 / 1024).toFixed(1)} MiB), already there ${counts.skipped}, damaged ${counts.damaged}`,
  );
  if (counts.damaged > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
