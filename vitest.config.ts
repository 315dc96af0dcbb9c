import { defineConfig } from 'vitest/config';

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
    env: { NODE_ENV: 'test' },
  },
});
