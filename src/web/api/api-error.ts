/** One field at fault, named as the form names it (`email`, not `body:/email`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem answered by the API. `type` is the short, stable kind
 * (`invalid-credentials`) that the web app translates into a human message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly fields: FieldProblem[],
    /** Further members of the problem a page acts on (e.g. `providerName` of `sso-required`). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(title);
    this.name = 'ApiError';
  }

  /** The message of the first problem with a given field, if the server named one. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

/** Turns the server's `body:/email` or `/email` into `email` (nested pointers keep their inner path). */
export function fieldName(pointer: string): string {
  const path = pointer.includes(':') ? pointer.slice(pointer.indexOf(':') + 1) : pointer;
  return path.replace(/^\/+/, '').replace(/\//g, '.');
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
