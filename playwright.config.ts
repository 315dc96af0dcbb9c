import { defineConfig } from '@playwright/test';
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT, E2E_SERVER_LOG } from './tests/e2e/server.ts';

// The built app on a fresh data folder. Its output is also kept in E2E_SERVER_LOG, where the journeys
// find the one-time setup link the server prints on first start (see tests/e2e/server.ts).
const serverCommand = [
  `rm -rf ${E2E_DATA_DIR} && mkdir -p ${E2E_DATA_DIR}`,
  `TWO_FACTOR_FOR_ADMINS=0 DATA_DIR=${E2E_DATA_DIR} PORT=${E2E_PORT} PUBLIC_URL=${E2E_BASE_URL} node --import tsx src/server/main.ts 2>&1 | tee ${E2E_SERVER_LOG}`,
].join(' && ');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: {
      // Debian's Chromium, never a downloaded browser; the flags keep it from calling out of this closed network.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: serverCommand,
    url: `${E2E_BASE_URL}/api/health`,
    // First start creates the database and loads the organisation directory; without a build it also builds the web app.
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
