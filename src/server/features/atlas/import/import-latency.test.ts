import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { check, confirm, csvOf, jobEnded, platformAdmin, tag, validRow } from './import-fixtures.ts';

const t = await buildTestApp();

/** About 400 words, as the atlas' records have: the import's index work grows with the text. */
const DESCRIPTION = Array.from(
  { length: 40 },
  (_, i) =>
    `<p>Die Kommunen bündeln im Abschnitt ${i} ihre Beschaffung, teilen Rahmenverträge und Wartung und berichten jährlich.</p>`,
).join('');

describe('requests while an import writes', () => {
  it('are answered within 500 ms: sign-in, health and a signed-in read (PGlite has one connection for all)', async () => {
    const admin = await platformAdmin(t);
    const reader = await createPerson(t);
    const rows = Array.from({ length: 300 }, () => validRow(tag(), { description: DESCRIPTION }));
    const report = await check(t, admin, 'csv', csvOf(rows));

    const requests = {
      health: () => t.request({ method: 'GET', url: '/api/health' }),
      me: () => t.request({ method: 'GET', url: '/api/me', cookie: reader.cookie }),
      signIn: () =>
        t.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: reader.email, password: reader.password },
        }),
    };
    const timed = async (what: string, request: () => ReturnType<typeof t.request>) => {
      const started = performance.now();
      const res = await request();
      expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
      return Math.round(performance.now() - started);
    };
    // Each request once before the import (password hashing and first-use costs warmed up): what this
    // machine needs without an import. A shared, busy machine may need most of 500 ms for a sign-in alone.
    const before: Record<string, number> = {};
    for (const [what, request] of Object.entries(requests)) {
      await timed(what, request);
      before[what] = await timed(what, request);
    }
    expect((await confirm(t, admin, report.id)).statusCode).toBe(202);

    const timings: { what: string; ms: number; done: number }[] = [];
    for (;;) {
      const job = (
        await t.request({ method: 'GET', url: `/api/atlas/imports/${report.id}/job`, cookie: admin.cookie })
      ).json();
      if (job.state === 'done' || job.state === 'failed') break;
      // Five rounds while rows are being written; then the import may finish undisturbed.
      if (job.state === 'running' && job.done > 0 && timings.length < 15) {
        for (const [what, request] of Object.entries(requests)) {
          timings.push({ what, ms: await timed(what, request), done: job.done });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await jobEnded(t, admin, report.id)).toMatchObject({ state: 'done', result: { created: 300 } });
    // Several rounds while rows were being written, each request of them in time.
    expect(timings.filter((r) => r.what === 'signIn').length, JSON.stringify(timings)).toBeGreaterThanOrEqual(3);
    // Within 500 ms, or, where the machine alone needs longer, at most 500 ms more than without an import.
    expect(
      timings.filter((r) => r.ms >= Math.max(500, (before[r.what] ?? 0) + 500)),
      JSON.stringify({ before, timings }),
    ).toEqual([]);
  }, 120_000);
});
