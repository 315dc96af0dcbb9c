import type { Tx } from './client.ts';

/**
 * A statement built and prepared once per database handle, then only executed. Building a Drizzle
 * statement costs several times as much CPU as running a simple one, which matters on hot paths.
 */
export function preparedPerDatabase<B extends { prepare(name: string): unknown }>(
  name: string,
  build: (tx: Tx) => B,
): (tx: Tx) => ReturnType<B['prepare']> {
  const prepared = new WeakMap<Tx, ReturnType<B['prepare']>>();
  return (tx) => {
    let statement = prepared.get(tx);
    if (!statement) {
      statement = build(tx).prepare(name) as ReturnType<B['prepare']>;
      prepared.set(tx, statement);
    }
    return statement;
  };
}
