import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { runMigrations } from './migrate.ts';

const t = await buildTestApp();

describe('runMigrations', () => {
  it('is safe to run again and from several processes at once (nothing left to do, no error)', async () => {
    await expect(Promise.all([runMigrations(t.deps.database), runMigrations(t.deps.database)])).resolves.toBeDefined();
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
  });
});
