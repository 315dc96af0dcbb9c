import { Problem } from '../../../platform/errors/problem.ts';

/**
 * A refusal of a WebDAV request. With `condition`, the answer's body is the RFC 4918 `DAV:error`
 * naming the failed pre- or postcondition (e.g. `propfind-finite-depth`), as clients read it; without,
 * it is problem+json like every other refusal of the platform.
 */
export class DavError extends Problem {
  constructor(
    status: number,
    type: string,
    title: string,
    detail?: string,
    /** The local name of the DAV: element that names the failed condition. */
    readonly condition?: string,
    /** Inside the condition element, e.g. the hrefs of `lock-token-submitted`. */
    readonly conditionHrefs: readonly string[] = [],
  ) {
    super(status, type, title, detail);
  }
}

/** 404 for whatever does not exist or is not to be seen. */
export const davNotFound = () => new DavError(404, 'not-found', 'Not found');
/** 403 for a write in a space the person may only read. */
export const davReadOnly = () => new DavError(403, 'forbidden', 'Not allowed', 'You may only read in this space.');
/** 400 for a request that is not well-formed. */
export const davBadRequest = (detail: string) => new DavError(400, 'bad-request', 'Bad request', detail);
/** 412 for a failed precondition (If, If-Match, Overwrite). */
export const davPreconditionFailed = (detail: string) =>
  new DavError(412, 'precondition-failed', 'Precondition failed', detail);
