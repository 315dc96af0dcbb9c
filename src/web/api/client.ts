import { ApiError, fieldName } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: Array<{ field?: string; message?: string }>;
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

function extensionsOf(body: ProblemBody): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).filter(([key]) => !PROBLEM_MEMBERS.has(key)),
  );
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    body = (await response.json()) as ProblemBody;
  } catch {
    // A proxy or a crash may answer without JSON; the status still tells what happened.
  }
  const type = (body.type ?? '').split('/').filter(Boolean).pop() ?? '';
  const fields = (body.errors ?? []).map((e) => ({ field: fieldName(e.field ?? ''), message: e.message ?? '' }));
  return new ApiError(
    response.status,
    type || `http-${response.status}`,
    body.title ?? response.statusText,
    body.detail,
    fields,
    extensionsOf(body),
  );
}

/** Options of a write. */
export interface WriteOptions {
  /** Sent as `Idempotency-Key` (see idempotency.ts); the request is then retried when its answer is lost. */
  idempotencyKey?: string | undefined;
}

const initOf = (options?: WriteOptions): RequestInit =>
  options?.idempotencyKey ? { headers: { 'Idempotency-Key': options.idempotencyKey } } : {};

/** Waits before the 1st and 2nd retry of a keyed write: long enough for a restarting server. */
const RETRY_DELAYS_MS = [1_000, 3_000];

/** No answer, or a proxy's: the write may have been committed, and only a keyed one may be sent again. */
const answerLost = (error: unknown) => error instanceof ApiError && [0, 502, 503, 504].includes(error.status);

/**
 * Calls the JSON API under `/api` with the session cookie. Resolves with the parsed body
 * (`undefined` for 204) and rejects with an {@link ApiError} carrying the problem+json. A request
 * with an `Idempotency-Key` is retried with the same key while its answer is lost.
 */
export async function request<T>(method: Method, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const keyed = new Headers(init.headers).has('Idempotency-Key');
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await requestOnce<T>(method, path, body, init);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!keyed || delay === undefined || !answerLost(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function requestOnce<T>(method: Method, path: string, body: unknown, init: RequestInit): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    payload = body;
    if (!headers.has('Content-Type') && body.type) headers.set('Content-Type', body.type);
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers.set('Content-Type', 'application/json');
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { ...init, method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Network error', undefined, []);
  }
  if (!response.ok) throw await problemOf(response);
  // A 202 may carry a body (the atlas import's job); an empty one reads as undefined below.
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string, init?: RequestInit) => request<T>('GET', path, undefined, init),
  post: <T = void>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('POST', path, body ?? {}, initOf(options)),
  put: <T = void>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('PUT', path, body, initOf(options)),
  patch: <T = void>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** Posts a file as the raw body with its type; its name travels URL-encoded in a header, so any name survives. */
  upload: <T>(path: string, file: File) =>
    request<T>('POST', path, file, {
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
    }),
};
