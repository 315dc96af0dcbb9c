// Run by s3-blob-storage.test.ts in a process of its own (the test worker's memory holds other files'
// garbage): streams generated bodies of the given sizes into the bucket and back out, one after the
// other, and prints their sha256s and the peak of the process's resident memory above where it started
// after each. Run with --expose-gc: garbage is collected every 16 MiB, so what is measured is what the
// store holds, not what waits for the collector.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createS3BlobStorage } from './s3-blob-storage.ts';
import type { S3Settings } from './s3-settings.ts';

const settings = JSON.parse(process.argv[2] as string) as S3Settings;
const sizes = (process.argv[3] as string).split(',').map(Number);
const storage = createS3BlobStorage(settings);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const EVERY = 16 * 1024 * 1024;

function generated(size: number) {
  const hash = createHash('sha256');
  let made = 0;
  const body = new Readable({
    read() {
      if (made >= size) return void this.push(null);
      const chunk = Buffer.alloc(Math.min(1024 * 1024, size - made), (made + size) % 251);
      hash.update(chunk);
      made += chunk.length;
      if (made % EVERY === 0) collect();
      this.push(chunk);
    },
  });
  return { body, digest: () => hash.digest('hex') };
}

await storage.head('0'.repeat(64)); // the SDK loaded and connected before the measure starts
collect();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
const results = [];
for (const size of sizes) {
  const source = generated(size);
  const stored = await storage.putStream(source.body);
  const read = await storage.getStream(stored.key);
  const back = createHash('sha256');
  let sizeBack = 0;
  for await (const chunk of read?.body ?? []) {
    back.update(chunk as Buffer);
    sizeBack += (chunk as Buffer).length;
    if (sizeBack % EVERY < (chunk as Buffer).length) collect();
  }
  results.push({
    sent: source.digest(),
    stored,
    read: { key: back.digest('hex'), size: sizeBack },
    rssGrowth: peak - before,
  });
}
clearInterval(sampler);
console.log(JSON.stringify(results));
