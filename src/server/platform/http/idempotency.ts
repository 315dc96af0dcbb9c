import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db, Tx } from '../db/client.ts';
import { Problem } from '../errors/problem.ts';
import { idempotencyKeys } from './idempotency-tables.ts';

// A client that saw no answer (a dropped connection, a server killed mid-request) cannot know whether
// its write was committed. With an Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header
// Field") it sends the request again and gets the first answer instead of a second write. The key is
// stored in the write's own transaction, so it is exactly as durable as the write, on every process.

/** How long a key is honoured and kept. */
export const IDEMPOTENCY_KEY_HOURS = 24;
const EXPIRED = sql`now() - ${sql.raw(`interval '${IDEMPOTENCY_KEY_HOURS} hours'`)}`;
const KEY_PATTERN = /^[\x20-\x7e]{1,200}$/;

/** The `headers` schema of a write that takes an Idempotency-Key. */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '^[\\x20-\\x7e]+$',
      description:
        'Made by the client once per action (e.g. a UUID) and sent again on its retries: a repeat within 24 hours answers as the first request did',
    }),
  ),
});

/** A request's key, scoped to a person and a route, with a digest of what the request asks. */
export interface IdempotencyKey {
  personId: string;
  route: string;
  key: string;
  fingerprint: string;
}

/** The answer of a write: its status and body, and whether it is the stored answer of an earlier request. */
export interface Answer<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** The request's Idempotency-Key for the signed-in person, or null when it sent none; 400 when malformed. */
export function idempotencyKeyOf(request: FastifyRequest, personId: string): IdempotencyKey | null {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return null;
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new Problem(400, 'validation', 'Invalid request', undefined, [
      { field: 'headers:/idempotency-key', message: 'must be 1 to 200 printable ASCII characters' },
    ]);
  }
  const fingerprint = createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
  return { personId, route: `${request.method} ${request.routeOptions.url}`, key, fingerprint };
}

const sameKey = (key: IdempotencyKey) =>
  and(
    eq(idempotencyKeys.personId, key.personId),
    eq(idempotencyKeys.route, key.route),
    eq(idempotencyKeys.key, key.key),
  );

/**
 * Runs `write` in one transaction, at most once per key. The key is taken first: a concurrent request
 * with the same key waits on the primary key until this transaction ends, then gets its answer (or,
 * after a rollback, takes the key itself). Without a key this is a plain transaction.
 */
export async function writeOnce<T>(
  db: Db,
  key: IdempotencyKey | null,
  status: number,
  write: (tx: Tx) => Promise<T>,
): Promise<Answer<T>> {
  const answer = await db.transaction(async (tx): Promise<Answer<T>> => {
    if (key) {
      const earlier = await takeKey(tx, key);
      if (earlier) return earlier as Answer<T>;
    }
    const body = await write(tx);
    if (key) await tx.update(idempotencyKeys).set({ status, body }).where(sameKey(key));
    return { status, body, replayed: false };
  });
  if (key) await pruneNow(db);
  return answer;
}

/** Takes the key (also an expired one), or returns the answer stored with it; 422 for another request. */
async function takeKey(tx: Tx, key: IdempotencyKey): Promise<Answer<unknown> | null> {
  const taken = await tx
    .insert(idempotencyKeys)
    .values({ personId: key.personId, route: key.route, key: key.key, fingerprint: key.fingerprint })
    .onConflictDoUpdate({
      target: [idempotencyKeys.personId, idempotencyKeys.route, idempotencyKeys.key],
      set: { fingerprint: key.fingerprint, status: null, body: null, createdAt: sql`now()` },
      setWhere: lt(idempotencyKeys.createdAt, EXPIRED),
    })
    .returning({ key: idempotencyKeys.key });
  if (taken.length > 0) return null;
  const [row] = await tx.select().from(idempotencyKeys).where(sameKey(key));
  if (row && row.fingerprint !== key.fingerprint) {
    throw new Problem(
      422,
      'idempotency-key-reused',
      'Idempotency key used for another request',
      'This Idempotency-Key was sent before with a different request. Make a new key for a new request.',
    );
  }
  // A committed key always carries its answer; without one (not expected) the client should just retry.
  if (!row || row.status === null) {
    throw new Problem(409, 'request-in-progress', 'The first request with this key has not finished');
  }
  return { status: row.status, body: row.body, replayed: true };
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = 0;

/** Deletes expired keys, at most once an hour per process (expired keys are ignored until then). */
async function pruneNow(db: Db) {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  try {
    await pruneIdempotencyKeys(db);
  } catch {
    // The write is committed and answered; the next hour's prune takes these rows too.
  }
}

/** Deletes keys older than IDEMPOTENCY_KEY_HOURS; returns how many. */
export async function pruneIdempotencyKeys(db: Db): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, EXPIRED))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
