import { Worker } from 'node:worker_threads';
import type { ExtractedText } from './extract-text.ts';
import type { ExtractFormat } from './formats.ts';
import { EXTRACT_LIMITS } from './limits.ts';

export type ExtractionOutcome = ({ ok: true } & ExtractedText) | { ok: false; reason: string };

const WATCH_MS = 50;

/**
 * Extracts the text in a worker thread of its own, so that parsing never blocks the event loop, and
 * ends it when it takes longer than `timeMs`, when its heap passes `workerHeapMb` (V8 stops it), or
 * when the process's memory grows by more than the heap and `externalBytes` (inflated buffers live
 * outside the heap): then the outcome names the limit, and the server goes on as before.
 */
export function extractInWorker(
  bytes: Uint8Array,
  format: ExtractFormat,
  limits: { timeMs: number; workerHeapMb: number; externalBytes: number; textChars: number } = EXTRACT_LIMITS,
): Promise<ExtractionOutcome> {
  const baseline = process.memoryUsage.rss();
  const memoryMax = baseline + limits.workerHeapMb * 1024 * 1024 + limits.externalBytes;
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { bytes, format, maxChars: limits.textChars },
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 32 },
  });
  return new Promise((resolve) => {
    let settled = false;
    const end = (outcome: ExtractionOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => end({ ok: false, reason: `took longer than ${limits.timeMs} ms` }), limits.timeMs);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() > memoryMax) end({ ok: false, reason: 'took too much memory' });
    }, WATCH_MS);
    worker.on('message', (message: ExtractionOutcome) => end(message));
    worker.on('error', (error) => end({ ok: false, reason: `extraction ended: ${(error as Error).message}` }));
    worker.on('exit', (code) => end({ ok: false, reason: `extraction ended with code ${code}` }));
  });
}
