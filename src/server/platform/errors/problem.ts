/** One field at fault in a request, named by its JSON pointer (`/email`). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem. Throw it from anywhere in a request; the error handler
 * answers with `application/problem+json`.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    /** Stable, short machine-readable kind, e.g. `not-found`; becomes `/problems/<type>`. */
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Further members of the answer a client acts on (e.g. the ID of the file a name is taken by). */
    readonly extensions?: Record<string, string | number | boolean | null>,
  ) {
    super(title);
  }
}

/** 404: the thing does not exist or the person may not know it exists. */
export const notFound = (what = 'Resource') => new Problem(404, 'not-found', `${what} not found`);
/** 401: the request needs a signed-in person. */
export const unauthenticated = () => new Problem(401, 'unauthenticated', 'Sign-in required');
/** 403: signed in, allowed to see the thing, but not to do this. */
export const forbidden = (detail?: string) => new Problem(403, 'forbidden', 'Not allowed', detail);
/** 409: the request conflicts with the current state. */
export const conflict = (type: string, title: string, detail?: string) => new Problem(409, type, title, detail);
/** 400: the request is malformed in a way the schema cannot say (e.g. a name a file system refuses). */
export const badRequest = (type: string, title: string, detail?: string) => new Problem(400, type, title, detail);
/** 400 with the fields at fault. */
export const invalid = (errors: FieldError[], title = 'Invalid request') =>
  new Problem(400, 'validation', title, undefined, errors);

/**
 * 429: the person did this too often in a while; `retryAfterSeconds` goes into `Retry-After` and the
 * answer's `retryAfter` member.
 */
export class TooManyRequests extends Problem {
  constructor(
    readonly retryAfterSeconds: number,
    detail = `Please try again in ${retryAfterSeconds} seconds.`,
  ) {
    super(429, 'rate-limited', 'Too many requests', detail, undefined, { retryAfter: retryAfterSeconds });
  }
}
