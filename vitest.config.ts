import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Files that start server processes of their own and mostly wait on them (the fault suite, two
// processes on one PostgreSQL and Redis; skipped on PGlite). They go first, so that the other files
// run beside them instead of after them: last, they made the end of a PostgreSQL run two minutes of
// waiting. Otherwise Vitest's order: failed first, then longest by the last run (or largest file).
const STARTS_PROCESSES = ['/tests/faults/', '/src/server/features/chat/realtime/two-process.test.ts'];

class ProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification) => STARTS_PROCESSES.some((part) => file.moduleId.includes(part));
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
    sequence: { sequencer: ProcessesFirst },
    env: { NODE_ENV: 'test' },
  },
});
