type Step = PromiseLike<unknown> | (() => unknown);
type Results<T extends readonly Step[]> = {
  -readonly [K in keyof T]: T[K] extends () => infer R ? Awaited<R> : Awaited<T[K]>;
};

/**
 * The results of several queries of one transaction, run one after another: a transaction holds one
 * connection, which answers one query at a time anyway, and node-postgres refuses to queue queries
 * sent at once on one client from its next major version on. Query builders start when awaited, so
 * they may be passed as they are; a function that queries is passed as a function and called in turn.
 */
export async function inTurn<const T extends readonly Step[]>(steps: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await (typeof step === 'function' ? step() : step));
  return results as Results<T>;
}
