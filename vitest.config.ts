import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Run first, whatever the last run's durations say: files that start server processes of their own and
// mostly wait on them (the fault suite, two processes on one PostgreSQL and Redis; skipped on PGlite),
// so that the other files run beside them instead of after them (last, they made the end of a
// PostgreSQL run two minutes of waiting); and the generated bad-input files, the longest, which a clean
// clone (no durations yet: Vitest then orders by file size) would otherwise start last.
const RUN_FIRST = [
  '/tests/faults/',
  '/src/server/features/chat/realtime/two-process.test.ts',
  '/src/server/test/openapi-bad-input-',
];

// Before those, files that fake timers: a worker runs them before it has restored PGlite. A PGlite
// timeout that fires under a faked clock re-arms itself with the fake timers, and running them all
// then never ends ("Aborting after running 10000 timers").
const fakesTimers = (file: TestSpecification) => readFileSync(file.moduleId, 'utf8').includes('useFakeTimers');

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) =>
      fakesTimers(file) ? 0 : RUN_FIRST.some((part) => file.moduleId.includes(part)) ? 1 : 2;
    return [0, 1, 2].flatMap((group) => sorted.filter((file) => rank(file) === group));
  }
}

/**
 * The generated hostile-input probes (every operation of the OpenAPI document with tens of hostile values
 * per parameter and field, as an organisation admin, a member and signed out: about 38,000 requests, a
 * minute and a half of a worker's time) run as a suite of their own, `npm run test:probes`
 * (vitest.probes.config.ts), which CI runs on PGlite and on PostgreSQL; `npm test` stays under four minutes.
 */
export const PROBES = ['src/server/test/openapi-bad-input-*.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...PROBES],
    globalSetup: ['src/server/test/global-setup.ts'],
    setupFiles: ['src/server/test/close-apps.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's modules and restored PGlite database (see test/test-app.ts): each
    // file makes its own organisations and people, so they need no fresh process or database.
    isolate: false,
    maxWorkers: 2,
    sequence: { sequencer: LongFirst },
    env: { NODE_ENV: 'test' },
  },
});
