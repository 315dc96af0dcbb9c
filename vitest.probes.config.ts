import { defineConfig } from 'vitest/config';
import base, { PROBES } from './vitest.config.ts';

// The generated hostile-input probes alone (`npm run test:probes`): the suite's setup, only these files.
// See vitest.config.ts for why they run apart. (Spread, not mergeConfig: that would add the lists up.)
export default defineConfig({ ...base, test: { ...base.test, include: PROBES, exclude: ['**/node_modules/**'] } });
