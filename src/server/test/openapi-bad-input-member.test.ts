import { beforeAll, describe, it } from 'vitest';
import { expectNoFailures, generatedRequests, runBadInput } from './bad-input-run.ts';
import { seededRandom } from './bad-input-values.ts';
import { type BadInputWorld, badInputWorld } from './bad-input-world.ts';
import { buildTestApp, type TestApp } from './test-app.ts';

// Every operation of the OpenAPI document with hostile input, as an organisation's admin who owns
// the alliance, workspace, channel, message and atlas record the path parameters point to.

let t: TestApp;
let world: BadInputWorld;

beforeAll(async () => {
  // With the session cache on, as in production (SESSION_CACHE_MS): the thousands of requests with one
  // cookie would otherwise each look the session up, nearly half the run; it forgets a session ended
  // by a sign-out or a password change at once, as before.
  t = await buildTestApp({ sessionCacheMs: 60_000 });
  world = await badInputWorld(t, seededRandom(2));
});

describe('generated bad input, signed in as an organisation admin', () => {
  it('never answers 5xx, and every error is problem+json with the security headers', { timeout: 240_000 }, async () => {
    const requests = generatedRequests(t, world, 8);
    expectNoFailures('organisation admin', await runBadInput(t, requests, world.owner.cookie));
  });
});
