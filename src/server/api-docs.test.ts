import { describe, expect, it } from 'vitest';
import { buildTestApp } from './test/test-app.ts';

// The API documentation is a page of the web app (/developers); the OpenAPI document stays machine-readable.

const t = await buildTestApp();

describe('API documentation addresses', () => {
  it('serves the OpenAPI document at /api/openapi.json and at the former /api/docs/json', async () => {
    const document = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect(document.json()).toMatchObject({ openapi: '3.1.0', info: { title: 'Allmende API' } });
    const former = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(former.statusCode).toBe(200);
    expect(former.json()).toEqual(document.json());
  });

  it('sends the former Swagger UI address to the documentation page', async () => {
    for (const url of ['/api/docs', '/api/docs/']) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(301);
      expect(res.headers.location, url).toBe('/developers');
    }
  });

  it('leaves its own addresses out of the document', async () => {
    const paths = Object.keys((await t.request({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    expect(paths.filter((path) => path.startsWith('/api/docs') || path === '/api/openapi.json')).toEqual([]);
  });
});
