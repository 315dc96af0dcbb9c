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

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification) => RUN_FIRST.some((part) => file.moduleId.includes(part));
    return [...sorted.filter(first), ...sorted.filter((file) => !first(file))];
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
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
