import { ApiError, fieldName } from '../../api/api-error.ts';

/** A file the API made on request, saved by the browser. */
export interface SavedFile {
  name: string;
  /** How many pages it holds (a `<file>` element each). */
  pages: number;
}

const FALLBACK_NAME = 'content.xlf';

/** The name in `Content-Disposition` (the ASCII form, which every browser saves as given). */
export function fileNameOf(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? FALLBACK_NAME;
}

/** Pages in an XLIFF file of several: one `<file>` element each, in 1.2 as in 2.0. */
export function pagesIn(xml: string): number {
  return xml.match(/<file[\s>]/g)?.length ?? 0;
}

/**
 * Sends JSON to a route that answers with a file and saves the file (a download the browser asks
 * about as for any link). A refusal rejects with the problem as an {@link ApiError}, as the API client does.
 */
export async function postForFile(path: string, body: unknown): Promise<SavedFile> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/xliff+xml, application/problem+json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error', undefined, []);
  }
  if (!response.ok) throw await problemOf(response);
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition'));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is freed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, pages: pagesIn(await blob.text()) };
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: {
    type?: string;
    title?: string;
    detail?: string;
    errors?: Array<{ field?: string; message?: string }>;
  } = {};
  try {
    problem = await response.json();
  } catch {
    // A proxy may answer without JSON; the status still says what happened.
  }
  return new ApiError(
    response.status,
    (problem.type ?? '').split('/').filter(Boolean).pop() || `http-${response.status}`,
    problem.title ?? response.statusText,
    problem.detail,
    (problem.errors ?? []).map((e) => ({ field: fieldName(e.field ?? ''), message: e.message ?? '' })),
  );
}
