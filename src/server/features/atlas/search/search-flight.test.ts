import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { atlasSearchRuns } from './search.ts';
import { createSearchWorld, type SearchWorld, saveRecord } from './search-fixtures.ts';
import { SingleFlight } from './search-flight.ts';
import { queryString } from './search-test-client.ts';

// Concurrent requests for the same search share one run of its statement (the answer cache is off
// in tests, so every other request runs its own).

let t: TestApp;
let world: SearchWorld;

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
  await saveRecord(t, { title: `Gemeinsamer Bauhof ${world.token}`, partnerIds: [world.gemeindeNord.id] });
  await saveRecord(t, { title: `Gemeinsame Kläranlage ${world.token}`, partnerIds: [world.gemeindeNord.id] });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs the work once for callers of one key while it runs, and again after', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    let calls = 0;
    const work = () => {
      calls += 1;
      return gate.promise;
    };
    const waiting = Array.from({ length: 5 }, () => flights.run('a', work));
    const other = flights.run('b', async () => 'b');
    expect(flights.size).toBe(2);
    gate.resolve('answer');
    expect(await Promise.all(waiting)).toEqual(Array(5).fill('answer'));
    expect(await other).toBe('b');
    expect(calls).toBe(1);
    expect(flights.size).toBe(0);
    await flights.run('a', work);
    expect(calls).toBe(2);
  });

  it('hands a failure to every caller of the run and forgets it', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const waiting = [flights.run('a', () => gate.promise), flights.run('a', () => gate.promise)];
    gate.reject(new Error('database away'));
    for (const result of await Promise.allSettled(waiting)) {
      expect(result.status === 'rejected' && (result.reason as Error).message).toBe('database away');
    }
    expect(await flights.run('a', async () => 'again')).toBe('again');
  });
});

describe('GET /api/atlas/cooperations, many at once', () => {
  const ask = (q: string) =>
    t.request({
      method: 'GET',
      url: `/api/atlas/cooperations?${queryString({ q, partner: world.gemeindeNord.id })}`,
    });

  it('runs one search for identical requests that arrive while it runs', async () => {
    const before = atlasSearchRuns();
    const responses = await Promise.all(Array.from({ length: 12 }, () => ask(`Bauhof ${world.token}`)));
    expect(atlasSearchRuns() - before).toBe(1);
    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(responses[0]?.body);
    }
    expect(responses[0]?.json().hits.map((h: { title: string }) => h.title)).toEqual([
      `Gemeinsamer Bauhof ${world.token}`,
    ]);
  });

  it('runs each different search, and the same one again once the first run is over', async () => {
    const before = atlasSearchRuns();
    const responses = await Promise.all([
      ...Array.from({ length: 4 }, () => ask(`Bauhof ${world.token}`)),
      ...Array.from({ length: 4 }, () => ask(`Kläranlage ${world.token}`)),
    ]);
    expect(atlasSearchRuns() - before).toBe(2);
    expect(responses.map((r) => r.json().total)).toEqual(Array(8).fill(1));
    await ask(`Bauhof ${world.token}`);
    await ask(`Bauhof ${world.token}`);
    expect(atlasSearchRuns() - before).toBe(4);
  });
});
