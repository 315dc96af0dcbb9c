import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';

const t = await buildTestApp();

describe('OpenAPI document', () => {
  it('describes the account, setup, demo and admin routes', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/sessions/{id}',
      '/api/me',
      '/api/me/organisation',
      '/api/persons',
      '/api/setup',
      '/api/demo/accounts',
      '/api/admin/persons/{id}/lock',
      '/api/admin/audit',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
