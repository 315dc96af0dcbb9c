import { afterAll } from 'vitest';
import { closeOpenApps } from './test-app.ts';

// Runs in every test file (a Vitest setup file): the apps a file started are closed after it,
// however they were started (at the top, in beforeAll, in a test).
afterAll(closeOpenApps);
