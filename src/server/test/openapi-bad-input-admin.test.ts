import { beforeAll, describe, it } from 'vitest';
import { expectNoFailures, generatedRequests, runBadInput } from './bad-input-run.ts';
import { seededRandom } from './bad-input-values.ts';
import { type BadInputWorld, badInputWorld } from './bad-input-world.ts';
import { createPerson, type TestPerson } from './factories.ts';
import { buildTestApp, type TestApp } from './test-app.ts';

// Every operation of the OpenAPI document with hostile input, as a platform administrator (who may
// see drafts, the people, the audit log and the atlas import) on an organisation's things.

let t: TestApp;
let world: BadInputWorld;
let admin: TestPerson;

beforeAll(async () => {
  // With the session cache on, as in production (SESSION_CACHE_MS): the thousands of requests with one
  // cookie would otherwise each look the session up, nearly half the run; it forgets a session ended
  // by a sign-out or a password change at once, as before.
  t = await buildTestApp({ sessionCacheMs: 60_000 });
  world = await badInputWorld(t, seededRandom(3));
  admin = await createPerson(t, { platformAdmin: true });
});

describe('generated bad input, signed in as a platform administrator', () => {
  it('never answers 5xx, and every error is problem+json with the security headers', { timeout: 240_000 }, async () => {
    const requests = generatedRequests(t, world, 9);
    expectNoFailures('platform admin', await runBadInput(t, requests, admin.cookie));
  });
});
