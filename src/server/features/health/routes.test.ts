import { describe, expect, it } from 'vitest';
import { buildTestApp, problemOf } from '../../test/test-app.ts';

const t = await buildTestApp();

describe('GET /api/health', () => {
  it('reports ok and the database in use', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      version: expect.any(String),
    });
  });

  it('answers unknown API paths with a problem', async () => {
    const problem = problemOf(await t.request({ method: 'GET', url: '/api/does-not-exist' }), 404);
    expect(problem.type).toBe('/problems/not-found');
  });

  it('publishes an OpenAPI document listing the route', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/health']).toBeDefined();
  });
});

describe('long path parameters', () => {
  it('are answered with a problem, not the router bare 414', async () => {
    const res = await t.request({ method: 'GET', url: `/api/organisations/${'a'.repeat(500)}` });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('security headers', () => {
  it('forbid framing and sniffing and keep every resource on our own origin', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
