import type { ReactNode } from 'react';
import { isApiError } from '../api/api-error.ts';
import { Loading } from './loading.tsx';
import { ProblemAlert } from './problem.tsx';

interface QueryStateProps<T> {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  /** Shown when the thing does not exist or may not be seen (404), or its id is malformed (400). */
  notFound: ReactNode;
  children: (data: T) => ReactNode;
}

/** One fetched thing through its states: loading, not found, failed, or shown. */
export function QueryState<T>({ query, notFound, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (isApiError(query.error, 404) || isApiError(query.error, 400)) return notFound;
  if (query.data === undefined) return <ProblemAlert error={query.error} />;
  return children(query.data);
}
