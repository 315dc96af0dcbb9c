import { beforeAll, describe, it } from 'vitest';
import { expectNoFailures, generatedRequests, runBadInput } from './bad-input-run.ts';
import { seededRandom } from './bad-input-values.ts';
import { type BadInputWorld, badInputWorld } from './bad-input-world.ts';
import { buildTestApp, type TestApp } from './test-app.ts';

// Every operation of the OpenAPI document with hostile input, signed out: the path parameters still
// point to real things (a published atlas record, an alliance, …), so public routes get past 404.

let t: TestApp;
let world: BadInputWorld;

beforeAll(async () => {
  t = await buildTestApp();
  world = await badInputWorld(t, seededRandom(1));
});

describe('generated bad input, signed out', () => {
  it('never answers 5xx, and every error is problem+json with the security headers', { timeout: 240_000 }, async () => {
    const requests = generatedRequests(t, world, 7);
    expectNoFailures('signed out', await runBadInput(t, requests, undefined));
  });
});
