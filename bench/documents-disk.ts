import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

// The bytes the documents benchmark sends, as files in the run's data folder, and the baseline: the
// same bytes copied on the same disk by the benchmark itself.

export interface SourceFile {
  path: string;
  name: string;
  size: number;
  sha256: string;
}

/** Writes `size` random bytes to `path` in 1 MB steps and returns the file with its sha256. */
async function randomFile(path: string, size: number): Promise<SourceFile> {
  const hash = createHash('sha256');
  const file = await open(path, 'w');
  try {
    for (let written = 0; written < size; ) {
      const chunk = randomBytes(Math.min(1_000_000, size - written));
      hash.update(chunk);
      await file.write(chunk);
      written += chunk.length;
    }
  } finally {
    await file.close();
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { path, name, size, sha256: hash.digest('hex') };
}

/** One large file and `count` small ones of random bytes (no two alike, so no blob is stored once for two). */
export async function sourceFiles(
  dir: string,
  sizes: { largeBytes: number; smallBytes: number; count: number },
): Promise<{ large: SourceFile; small: SourceFile[] }> {
  await mkdir(join(dir, 'small'), { recursive: true });
  const large = await randomFile(join(dir, `Luftbild ${sizes.largeBytes / 1e6} MB.bin`), sizes.largeBytes);
  const small: SourceFile[] = [];
  for (let i = 1; i <= sizes.count; i += 1) {
    small.push(await randomFile(join(dir, 'small', `Anlage ${String(i).padStart(4, '0')}.bin`), sizes.smallBytes));
  }
  return { large, small };
}

/** Runs `work` on every item with at most `concurrency` at once. */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** MB/s (10^6 bytes) of `bytes` moved in `ms`. */
export const mbPerSecond = (bytes: number, ms: number) => Math.round((bytes / 1e6 / (ms / 1000)) * 10) / 10;

export interface DiskBaseline {
  /** The large file read and written through streams, as the server moves an upload. */
  largeStreamMBps: number;
  /** The large file by fs.copyFile (the kernel's copy; may not move the bytes at all on some file systems). */
  largeCopyFileMBps: number;
  /** The small files through streams, `concurrency` at once. */
  smallStreamMBps: number;
}

async function streamCopy(from: string, to: string) {
  await pipeline(createReadStream(from), createWriteStream(to));
}

/** Copies the same bytes on the same disk, into `dir`, three times each, and removes the copies. */
export async function diskBaseline(
  dir: string,
  files: { large: SourceFile; small: SourceFile[] },
  concurrency: number,
): Promise<DiskBaseline> {
  await mkdir(dir, { recursive: true });
  const time = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  // Each copy three times, the median kept: one copy on a shared machine says little.
  const median = async (work: () => Promise<void>, after: () => Promise<void>) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      times.push(await time(work));
      await after();
    }
    return times.sort((a, b) => a - b)[1] as number;
  };
  const target = join(dir, 'large.copy');
  const largeStreamMs = await median(
    () => streamCopy(files.large.path, target),
    () => rm(target),
  );
  const largeCopyFileMs = await median(
    () => copyFile(files.large.path, target),
    () => rm(target),
  );
  const smallDir = join(dir, 'small');
  const smallMs = await median(
    async () => {
      await mkdir(smallDir, { recursive: true });
      await inPool(files.small, concurrency, (f) => streamCopy(f.path, join(smallDir, f.name)));
    },
    () => rm(smallDir, { recursive: true }),
  );
  await rm(dir, { recursive: true, force: true });
  const smallBytes = files.small.reduce((sum, f) => sum + f.size, 0);
  return {
    largeStreamMBps: mbPerSecond(files.large.size, largeStreamMs),
    largeCopyFileMBps: mbPerSecond(files.large.size, largeCopyFileMs),
    smallStreamMBps: mbPerSecond(smallBytes, smallMs),
  };
}
