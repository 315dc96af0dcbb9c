import { expect } from 'vitest';
import { uniqueIp } from '../features/accounts/test-support.ts';
import { type BadRequest, destructiveness, operationsOf, requestsFor } from './bad-input-requests.ts';
import { seededRandom } from './bad-input-values.ts';
import type { BadInputWorld } from './bad-input-world.ts';
import type { TestApp } from './test-app.ts';

// Runs the generated bad-input requests as one person (or nobody) and checks every answer: never a
// 5xx, every error problem+json with the security headers. Prints the counts for the record.

export interface BadInputTally {
  requests: number;
  serverErrors: number;
  failures: string[];
}

/**
 * Draws `count` values of a catalogue with the seeded generator; the first `always` (NUL, lone
 * surrogate, bidi, other controls, …) always go. Keeps the run at a few thousand requests per person.
 */
function sampler(random: () => number) {
  return <T>(values: readonly T[], count: number, always = 0): T[] => {
    if (values.length <= count) return [...values];
    const pool = [...values];
    const chosen = pool.splice(0, always);
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
    return chosen;
  };
}

/** Every operation's requests, in an order in which removals and sign-outs come last. */
export function generatedRequests(t: TestApp, world: BadInputWorld, seed: number): BadRequest[] {
  const random = seededRandom(seed);
  const pick = sampler(random);
  const operations = operationsOf(t.app.swagger())
    .map((op, index) => ({ op, index }))
    .sort((a, b) => destructiveness(a.op) - destructiveness(b.op) || a.index - b.index)
    .map(({ op }) => op);
  return operations.flatMap((op) => requestsFor(op, world, pick));
}

function check(request: BadRequest, response: Awaited<ReturnType<TestApp['request']>>): string | null {
  const status = response.statusCode;
  const where = `${request.method} ${request.url.slice(0, 160)} [${request.what}]`;
  if (status >= 500) return `${where} → ${status} ${response.body.slice(0, 300)}`;
  if (status < 400) return null;
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    return `${where} → ${status} as ${response.headers['content-type']}: ${response.body.slice(0, 200)}`;
  }
  if (response.headers['x-content-type-options'] !== 'nosniff' || !response.headers['content-security-policy']) {
    return `${where} → ${status} without the security headers`;
  }
  return null;
}

/**
 * Sends the requests one after the other with the person's cookie (none when signed out): in order,
 * so removals and sign-outs stay last, and faster than in parallel on one database connection.
 */
export async function runBadInput(
  t: TestApp,
  requests: BadRequest[],
  cookie: string | undefined,
): Promise<BadInputTally> {
  const tally: BadInputTally = { requests: 0, serverErrors: 0, failures: [] };
  // An address of the run's own: its wrong passwords (sign-in, password change, account deletion)
  // count against the address in the sign-in throttle, which on PostgreSQL every test file shares.
  const remoteAddress = uniqueIp();
  for (const request of requests) {
    const response = await t.request({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      cookie,
      remoteAddress,
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    tally.requests += 1;
    if (response.statusCode >= 500) tally.serverErrors += 1;
    const failure = check(request, response);
    if (failure) tally.failures.push(failure);
  }
  return tally;
}

/** Prints the figures (for the record) and asserts that nothing failed, listing the first failures. */
export function expectNoFailures(label: string, tally: BadInputTally) {
  console.log(`openapi bad input (${label}): ${tally.requests} requests, ${tally.serverErrors} answered 5xx`);
  expect(tally.failures.slice(0, 40), `${tally.failures.length} failures`).toEqual([]);
}
