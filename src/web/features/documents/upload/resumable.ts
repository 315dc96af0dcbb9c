import type { UploadState } from '../document-types.ts';
import { isAbort, TransferError } from './transfer.ts';

/** The server's side of a resumable upload, handed in so that the loop can be tested without one. */
export interface ResumableTransport {
  start(size: number): Promise<UploadState>;
  chunk(id: string, offset: number, bytes: Blob, onProgress: (sent: number) => void): Promise<UploadState>;
  state(id: string): Promise<UploadState>;
  cancel(id: string): Promise<void>;
}

export interface ResumableOptions {
  onProgress: (received: number) => void;
  /** Called once the server named the upload, so a later step (a new version) can use it. */
  onStarted?: (id: string) => void;
  signal?: AbortSignal | undefined;
  /** Failed attempts in a row before giving up; each waits `retryMs` times its number. */
  retries?: number;
  retryMs?: number;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      },
      { once: true },
    );
  });

/** Whether a failed chunk is worth sending again: no answer, or the server busy or restarting. */
const transient = (error: unknown) => error instanceof TransferError && [0, 502, 503, 504].includes(error.status);

/**
 * Sends a file in chunks and resolves with the upload's ID once the server holds every byte. After a
 * failure it asks the server how much arrived and goes on from there; a 409 `upload-offset-mismatch`
 * names that offset itself. Cancelling deletes the upload on the server.
 */
export async function sendResumable(file: Blob, transport: ResumableTransport, options: ResumableOptions) {
  const { onProgress, signal, retries = 5, retryMs = 1_000 } = options;
  let state = await transport.start(file.size);
  options.onStarted?.(state.id);
  let received = state.received;
  let failures = 0;
  onProgress(received);
  try {
    while (received < file.size) {
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const end = Math.min(file.size, received + state.chunkBytes);
      const offset = received;
      try {
        state = await transport.chunk(state.id, offset, file.slice(offset, end), (sent) => onProgress(offset + sent));
        received = state.received;
        failures = 0;
      } catch (error) {
        if (isAbort(error)) throw error;
        if (error instanceof TransferError && error.type === 'upload-offset-mismatch' && failures < retries) {
          failures += 1;
          received = Number(error.extra.received ?? received);
        } else if (transient(error) && failures < retries) {
          failures += 1;
          await wait(retryMs * failures, signal);
          received = await transport
            .state(state.id)
            .then((s) => s.received)
            .catch(() => received);
        } else {
          throw error;
        }
      }
      onProgress(received);
    }
    return state.id;
  } catch (error) {
    if (isAbort(error)) await transport.cancel(state.id).catch(() => undefined);
    throw error;
  }
}
