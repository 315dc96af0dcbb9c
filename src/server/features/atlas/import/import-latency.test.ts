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
    expect((await confirm(t, admin, report.id)).statusCode).toBe(202);

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
    const timings: { what: string; ms: number; done: number }[] = [];
    for (;;) {
      const job = (
        await t.request({ method: 'GET', url: `/api/atlas/imports/${report.id}/job`, cookie: admin.cookie })
      ).json();
      if (job.state === 'done' || job.state === 'failed') break;
      // Five rounds while rows are being written; then the import may finish undisturbed.
      if (job.state === 'running' && job.done > 0 && timings.length < 15) {
        for (const [what, request] of Object.entries(requests)) {
          const started = performance.now();
          const res = await request();
          expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
          timings.push({ what, ms: Math.round(performance.now() - started), done: job.done });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await jobEnded(t, admin, report.id)).toMatchObject({ state: 'done', result: { created: 300 } });
    // Several rounds while rows were being written, each request of them in time.
    expect(timings.filter((r) => r.what === 'signIn').length, JSON.stringify(timings)).toBeGreaterThanOrEqual(3);
    expect(
      timings.filter((r) => r.ms >= 500),
      JSON.stringify(timings),
    ).toEqual([]);
  }, 120_000);
});
