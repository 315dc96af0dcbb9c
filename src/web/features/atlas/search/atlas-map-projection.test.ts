import { describe, expect, it } from 'vitest';
import { fitScale, GERMANY, project, tilesFor, unproject, WORLD, zoomOf } from './atlas-map-projection.ts';

describe('the atlas map projection', () => {
  it('is Web Mercator, like every tile server', () => {
    expect(project(0, 0)).toEqual([WORLD / 2, WORLD / 2]);
    const [x, y] = project(13.74, 51.05);
    const [longitude, latitude] = unproject(x, y);
    expect(longitude).toBeCloseTo(13.74, 6);
    expect(latitude).toBeCloseTo(51.05, 6);
    // North is up: Kiel lies above Munich.
    expect(project(10.13, 54.32)[1]).toBeLessThan(project(11.58, 48.14)[1]);
  });

  it('fits Germany into the map, taller than wide', () => {
    const scale = fitScale(GERMANY, 480, 624);
    const width = (GERMANY.maxX - GERMANY.minX) * scale;
    const height = (GERMANY.maxY - GERMANY.minY) * scale;
    expect(height).toBeGreaterThan(width);
    expect(Math.max(width - 456, height - 600)).toBeCloseTo(0, 6);
    // About tile zoom 5.7: the same tiles a web map shows for all of Germany.
    expect(zoomOf(scale)).toBeGreaterThan(5);
    expect(zoomOf(scale)).toBeLessThan(6.5);
  });

  it('asks a configured tile server for the tiles that cover the view', () => {
    const view = { cx: project(13.74, 51.05)[0], cy: project(13.74, 51.05)[1], scale: (256 * 2 ** 10) / WORLD };
    const tiles = tilesFor(view, 512, 512, 'https://tiles.example.org/{z}/{x}/{y}.png');
    expect(tiles.length).toBeGreaterThanOrEqual(4);
    expect(tiles.length).toBeLessThanOrEqual(9);
    expect(tiles.every((t) => /^https:\/\/tiles\.example\.org\/10\/\d+\/\d+\.png$/.test(t.href))).toBe(true);
    // Dresden lies in tile x 551, y 342 at zoom 10 (the standard XYZ numbering).
    expect(tiles.some((t) => t.href.endsWith('/10/551/342.png'))).toBe(true);
    // Together they cover the view.
    expect(Math.min(...tiles.map((t) => t.x))).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map((t) => t.x + t.size))).toBeGreaterThanOrEqual(512);
  });
});
