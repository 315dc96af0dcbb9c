import { describe, expect, it } from 'vitest';
import { LAENDER_LIST } from '../../../shared/laender.ts';
import { buildTestApp } from '../../test/test-app.ts';

const t = await buildTestApp();

describe('GET /api/geo/laender', () => {
  it('serves the 16 Länder outlines, small and cacheable', async () => {
    const res = await t.request({ method: 'GET', url: '/api/geo/laender' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d{6,}/);
    expect(res.rawPayload.length).toBeLessThan(150 * 1024);
    const body = res.json() as {
      type: string;
      features: Array<{ properties: { code: string; name: string }; geometry: { type: string } }>;
    };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties)).toEqual(LAENDER_LIST);
    expect(body.features.every((f) => ['Polygon', 'MultiPolygon'].includes(f.geometry.type))).toBe(true);
  });
});
