import { describe, expect, it } from 'vitest';
import { isLandCode } from '../../../shared/laender.ts';
import { loadConfig } from '../../config.ts';
import { buildTestApp } from '../../test/test-app.ts';

const TILES = 'https://tiles.example.org/osm/{z}/{x}/{y}.png';

const plain = await buildTestApp();
const withTiles = await buildTestApp({ mapTileUrl: TILES, mapTileAttribution: '© OpenStreetMap-Mitwirkende' });

function cspOf(headers: Record<string, unknown>): Map<string, string[]> {
  const policy = String(headers['content-security-policy'] ?? '');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('GET /api/atlas/map', () => {
  it('names no tile server by default, also to signed-out visitors', async () => {
    const res = await plain.request({ method: 'GET', url: '/api/atlas/map' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ tileUrl: null, tileAttribution: null });
  });

  it('names the configured tile server and its credit line', async () => {
    const res = await withTiles.request({ method: 'GET', url: '/api/atlas/map' });
    expect(res.json()).toEqual({ tileUrl: TILES, tileAttribution: '© OpenStreetMap-Mitwirkende' });
  });
});

describe('Content Security Policy and the map', () => {
  it('admits no outside origin at all when no tile server is set', async () => {
    for (const url of ['/api/atlas/map', '/atlas', '/']) {
      const res = await plain.request({ method: 'GET', url });
      const csp = cspOf(res.headers);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(String(res.headers['content-security-policy'])).not.toMatch(/https?:\/\//);
    }
  });

  it("admits the tile server's origin for images only when MAP_TILE_URL is set", async () => {
    const res = await withTiles.request({ method: 'GET', url: '/atlas' });
    const csp = cspOf(res.headers);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.org']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
});

describe('GET /api/atlas/map/kreise', () => {
  it('serves every Kreis and kreisfreie Stadt, small and cacheable', async () => {
    const res = await plain.request({ method: 'GET', url: '/api/atlas/map/kreise' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d{6,}/);
    expect(res.rawPayload.length).toBeLessThan(600 * 1024);
    const body = res.json() as {
      type: string;
      features: Array<{
        properties: { ags: string; name: string };
        geometry: { type: string; coordinates: unknown[] };
      }>;
    };
    expect(body.type).toBe('FeatureCollection');
    // VG250 (2016) lists 402 Kreise, Landkreise and kreisfreie Städte; later mergers may lower the count a little.
    expect(body.features.length).toBeGreaterThanOrEqual(400);
    const ags = body.features.map((f) => f.properties.ags);
    expect(new Set(ags).size).toBe(ags.length);
    expect(ags.every((a) => /^\d{5}$/.test(a) && isLandCode(a.slice(0, 2)))).toBe(true);
    const names = new Map(body.features.map((f) => [f.properties.ags, f.properties.name]));
    expect(names.get('03353')).toBe('Harburg');
    expect(names.get('14612')).toBe('Dresden');
    expect(names.get('11000')).toBe('Berlin');
    expect(body.features.every((f) => ['Polygon', 'MultiPolygon'].includes(f.geometry.type))).toBe(true);
  });

  it('answers 304 to a browser that has the current file', async () => {
    const first = await plain.request({ method: 'GET', url: '/api/atlas/map/kreise' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await plain.request({
      method: 'GET',
      url: '/api/atlas/map/kreise',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await plain.request({
      method: 'GET',
      url: '/api/atlas/map/kreise',
      headers: { 'if-none-match': '"x"' },
    });
    expect(stale.statusCode).toBe(200);
  });
});

describe('MAP_TILE_URL and MAP_TILE_ATTRIBUTION', () => {
  it('are unset by default', () => {
    const config = loadConfig({});
    expect(config.mapTileUrl).toBeUndefined();
    expect(config.mapTileAttribution).toBeUndefined();
  });

  it('read a tile template and its credit line', () => {
    const config = loadConfig({ MAP_TILE_URL: TILES, MAP_TILE_ATTRIBUTION: '  © BKG  ' });
    expect(config.mapTileUrl).toBe(TILES);
    expect(config.mapTileAttribution).toBe('© BKG');
  });

  it('refuse templates that cannot work, naming the variable', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'tiles' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadConfig({ MAP_TILE_URL: 'ftp://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}.png' })).toThrow(/\{y\}/);
    expect(() => loadConfig({ MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/one host/);
  });
});
