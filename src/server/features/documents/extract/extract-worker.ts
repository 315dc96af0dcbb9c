import { parentPort, workerData } from 'node:worker_threads';
import { extractText } from './extract-text.ts';
import type { ExtractFormat } from './formats.ts';
import { ExtractRefused } from './limits.ts';

// The extraction's worker thread (started by run-extraction.ts through worker-boot.mjs): reads the
// bytes it was given and answers one message, the text or why not.
const input = workerData as { bytes: Uint8Array; format: ExtractFormat; maxChars: number };
try {
  const extracted = await extractText(input.bytes, input.format, input.maxChars);
  parentPort?.postMessage({ ok: true, ...extracted });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    reason: error instanceof ExtractRefused ? error.reason : `extraction failed: ${(error as Error).message}`,
  });
}
