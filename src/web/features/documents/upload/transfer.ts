import { ApiError } from '../../../api/api-error.ts';

// Uploads go through XMLHttpRequest rather than fetch: only it reports the progress of a request's
// body, which the progress bars show.

/** A failed upload request: the problem's type and, where the server sent them, its extra members. */
export class TransferError extends ApiError {
  constructor(
    status: number,
    type: string,
    title: string,
    /** The problem's other members, e.g. `existingId` of `document-exists`, `received` of `upload-offset-mismatch`. */
    readonly extra: Record<string, unknown>,
  ) {
    super(status, type, title, undefined, []);
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Sends `body` to `/api${path}` and resolves with the JSON answer; `onProgress` hears the bytes sent. */
export function send<T>(
  method: 'POST' | 'PATCH',
  path: string,
  body: Blob | null,
  options: { onProgress?: (sent: number) => void; signal?: AbortSignal | undefined } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(method, `/api${path}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (body) xhr.setRequestHeader('Content-Type', body.type || 'application/octet-stream');
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded);
    xhr.onabort = () => {
      done();
      reject(new DOMException('aborted', 'AbortError'));
    };
    xhr.onerror = () => {
      done();
      reject(new TransferError(0, 'network', 'Network error', {}));
    };
    xhr.onload = () => {
      done();
      let json: unknown;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(json as T);
        return;
      }
      const problem = (json ?? {}) as Record<string, unknown>;
      const type =
        String(problem.type ?? '')
          .split('/')
          .filter(Boolean)
          .pop() || `http-${xhr.status}`;
      reject(new TransferError(xhr.status, type, String(problem.title ?? xhr.statusText), problem));
    };
    xhr.send(body);
  });
}
