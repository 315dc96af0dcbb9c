import { createHash } from 'node:crypto';
import { PGlite, parse, protocol, types } from '@electric-sql/pglite';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Tx } from './client.ts';

/**
 * Statements compiled once and sent as named prepared statements: PostgreSQL parses and plans a
 * named statement once per connection (after five runs it keeps a generic plan when that is no
 * dearer), and Node builds its text once instead of on every call. Values stay parameters: the
 * compiled text holds Drizzle placeholders (`sql.placeholder('q')`), filled at each run.
 *
 * node-postgres prepares a statement by name on each pooled connection the first time it is used
 * there (`{ name, text }`). PGlite's own query() parses and plans every time, so on PGlite the
 * statement is parsed under its name once over the wire protocol and then only bound and executed.
 * Inside a PGlite transaction (and on any other client) a statement runs unnamed, as any query does.
 *
 * Every name stays prepared for the life of its connection: callers name a bounded set of shapes.
 */
export interface CompiledStatement {
  /** The prepared statement's name (from a hash of the text); undefined runs it unnamed. */
  name: string | undefined;
  text: string;
  /** Values and placeholders in the order of $1, $2, … */
  params: unknown[];
}

const dialect = new PgDialect();

/** Compiles a statement; `named: false` keeps the compiled text but runs it unnamed. */
export function compileStatement(query: SQL, named = true): CompiledStatement {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = named ? `n_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}` : undefined;
  return { name, text, params };
}

/** Runs a compiled statement with the values of its placeholders and returns its rows. */
export async function runStatement<T>(
  tx: Tx,
  statement: CompiledStatement,
  values: Record<string, unknown> = {},
): Promise<T[]> {
  const session = tx._.session as unknown as SessionWithClient;
  if (statement.name !== undefined && session.client instanceof PGlite) {
    return runOnPglite<T>(session.client, statement, fillPlaceholders(statement.params, values));
  }
  const result = await tx._.session
    .prepareQuery({ sql: statement.text, params: statement.params }, undefined, statement.name, false)
    .execute(values);
  return (result as { rows: T[] }).rows;
}

interface SessionWithClient {
  client: unknown;
}

/** Parameter types of the statements prepared in each PGlite database, by name. */
const preparedInPglite = new WeakMap<PGlite, Map<string, number[]>>();

/** Dates stay text, as Drizzle's PGlite driver keeps them. */
const PGLITE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((type) => [
    type,
    (value: string) => value,
  ]),
);

async function runOnPglite<T>(client: PGlite, statement: CompiledStatement, params: unknown[]): Promise<T[]> {
  const name = statement.name as string;
  const { serialize } = protocol;
  // All messages of a step in one call: each call into PGlite costs more than a small statement.
  const send = async (...messages: Uint8Array[]) =>
    (await client.execProtocol(concatenated(messages), { syncToFs: false })).messages;
  // As PGlite's query() does: wait for any transaction to end, then hold the connection.
  return client._runExclusiveTransaction(() =>
    client.runExclusive(async () => {
      let known = preparedInPglite.get(client);
      if (!known) {
        known = new Map();
        preparedInPglite.set(client, known);
      }
      let paramTypes = known.get(name);
      if (!paramTypes) {
        const described = await send(
          serialize.parse({ name, text: statement.text }),
          serialize.describe({ type: 'S', name }),
          serialize.sync(),
        );
        paramTypes = parse.parseDescribeStatementResults(described);
        known.set(name, paramTypes);
      }
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serializer = client.serializers[paramTypes[i] as number];
        return serializer ? serializer(value) : String(value);
      });
      const run = () =>
        send(
          serialize.bind({ statement: name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        );
      const messages = await run().catch(async (error: { code?: string }) => {
        // Dropped behind this module's back (DEALLOCATE ALL): prepare it again, once.
        if (error.code !== '26000') throw error;
        await send(serialize.parse({ name, text: statement.text }), serialize.sync());
        return run();
      });
      // As query() does after a statement outside a transaction (a no-op for files on disk and memory).
      await client.syncToFs();
      const [result] = parse.parseResults(messages, client.parsers, { rowMode: 'object', parsers: PGLITE_PARSERS });
      return (result?.rows ?? []) as T[];
    }),
  );
}

function concatenated(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
