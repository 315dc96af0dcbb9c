import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { compileStatement, runStatement } from './named-statements.ts';
import { arrayLiteral } from './sql-arrays.ts';

const t = await buildTestApp();
const db = t.deps.db;

const statement = compileStatement(sql`
  select ${sql.placeholder('word')}::text as word, cardinality(${sql.placeholder('list')}::text[]) as n,
    ${sql.placeholder('limit')}::int + 1 as next, coalesce(${sql.placeholder('flag')}::boolean, false) as flag,
    ${'fixed'}::text as fixed`);

interface Row {
  word: string;
  n: number;
  next: number;
  flag: boolean;
  fixed: string;
}

const prepared = (name: string) =>
  sql`select count(*)::int as n from pg_prepared_statements where name = ${name} and not from_sql`;

describe('named statements', () => {
  it('run with new values each time; fixed values stay in the compiled statement', async () => {
    const first = await runStatement<Row>(db, statement, {
      word: 'null',
      list: arrayLiteral(['a', 'b']),
      limit: 4,
      flag: true,
    });
    expect(first).toEqual([{ word: 'null', n: 2, next: 5, flag: true, fixed: 'fixed' }]);
    const second = await runStatement<Row>(db, statement, { word: "'; --", list: '{}', limit: 0, flag: null });
    expect(second).toEqual([{ word: "'; --", n: 0, next: 1, flag: false, fixed: 'fixed' }]);
  });

  it('are prepared under a name derived from their text, once', async () => {
    expect(statement.name).toMatch(/^n_[\w-]{32}$/);
    expect(compileStatement(sql`select ${1}::int as n`).name).toBe(compileStatement(sql`select ${2}::int as n`).name);
    expect(compileStatement(sql`select 1`).name).not.toBe(compileStatement(sql`select 2`).name);
    const name = statement.name as string;
    if (t.deps.database.kind === 'postgres') {
      // A connection of its own: node-postgres' pool hands out any.
      await db.transaction(async (tx) => {
        await runStatement<Row>(tx, statement, { word: 'x', list: '{}', limit: 1, flag: false });
        await runStatement<Row>(tx, statement, { word: 'y', list: '{}', limit: 1, flag: false });
        expect((await runStatement<{ n: number }>(tx, compileStatement(prepared(name), false)))[0]?.n).toBe(1);
      });
    } else {
      await runStatement<Row>(db, statement, { word: 'x', list: '{}', limit: 1, flag: false });
      await runStatement<Row>(db, statement, { word: 'y', list: '{}', limit: 1, flag: false });
      expect((await runStatement<{ n: number }>(db, compileStatement(prepared(name), false)))[0]?.n).toBe(1);
    }
  });

  // PGlite only: on PostgreSQL each pooled connection keeps its own prepared statements, and DEALLOCATE
  // ALL on one of them says nothing about the others (the test above covers PostgreSQL).
  it.runIf(t.deps.database.kind === 'pglite')('are prepared again on PGlite after DEALLOCATE ALL', async () => {
    await runStatement<Row>(db, statement, { word: 'x', list: '{}', limit: 1, flag: false });
    await db.execute(sql`deallocate all`);
    expect((await runStatement<Row>(db, statement, { word: 'y', list: '{}', limit: 1, flag: false }))[0]?.word).toBe(
      'y',
    );
  });

  it('run unnamed when asked to, with the same result', async () => {
    const unnamed = compileStatement(sql`select ${sql.placeholder('a')}::int * 2 as doubled`, false);
    expect(unnamed.name).toBeUndefined();
    expect(await runStatement(db, unnamed, { a: 21 })).toEqual([{ doubled: 42 }]);
  });

  it('fail like any statement and leave the connection usable', async () => {
    const divide = compileStatement(sql`select 1 / ${sql.placeholder('d')}::int as q`);
    const failure = await runStatement(db, divide, { d: 0 }).catch((e: Error & { cause?: Error }) => e);
    // Drizzle wraps the driver's error (node-postgres), PGlite's comes as it is.
    expect(failure instanceof Error && (failure.cause ?? failure).message).toMatch(/division by zero/);
    expect(await runStatement(db, divide, { d: 1 })).toEqual([{ q: 1 }]);
    expect(await runStatement(db, compileStatement(sql`select 1 as one`, false))).toEqual([{ one: 1 }]);
  });

  it('run many at once beside a transaction without mixing their answers', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const [answers] = await Promise.all([
      Promise.all(words.map((word) => runStatement<Row>(db, statement, { word, list: '{}', limit: 1, flag: false }))),
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(0.01)`);
        await tx.execute(sql`select 1`);
      }),
    ]);
    expect(answers.map((rows) => rows[0]?.word)).toEqual(words);
  });

  it('see what their transaction wrote', async () => {
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`create temporary table named_statement_probe (v text) on commit drop`);
        await tx.execute(sql`insert into named_statement_probe values ('inside')`);
        const probe = compileStatement(sql`select v from named_statement_probe where v = ${sql.placeholder('v')}`);
        expect(await runStatement(tx, probe, { v: 'inside' })).toEqual([{ v: 'inside' }]);
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
  });
});
