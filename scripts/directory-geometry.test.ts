import { describe, expect, it } from 'vitest';
import { centroid, type Position, simplifyGeometry, simplifyLine } from './directory-geometry.ts';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('centroid', () => {
  it('is the middle of a square near the equator, whatever the ring orientation', () => {
    const [lon, lat] = centroid({ type: 'Polygon', coordinates: [square(10, 0, 2)] });
    expect(lon).toBeCloseTo(11, 6);
    expect(lat).toBeCloseTo(1, 6);
    const reversed = centroid({ type: 'Polygon', coordinates: [square(10, 0, 2).reverse()] });
    expect(reversed[0]).toBeCloseTo(11, 6);
  });

  it('weights the parts of a multipolygon by their area', () => {
    // A 2×2 square at x 0–2 and a 1×1 square at x 10–11: the large part pulls the centroid its way.
    const [lon] = centroid({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 2)], [square(10, 0.5, 1)]],
    });
    expect(lon).toBeCloseTo((4 * 1 + 1 * 10.5) / 5, 6);
  });

  it('subtracts holes', () => {
    // A 4×4 square with a 2×2 hole in its right half moves the centroid left.
    const [lon, lat] = centroid({ type: 'Polygon', coordinates: [square(0, 0, 4), square(2, 1, 2)] });
    expect(lon).toBeCloseTo((16 * 2 - 4 * 3) / 12, 6);
    expect(lat).toBeCloseTo(2, 6);
  });

  it('lies inside Niedersachsen-sized shapes at German latitudes', () => {
    const [lon, lat] = centroid({ type: 'Polygon', coordinates: [square(8, 52, 2)] });
    expect(lat).toBeGreaterThan(52.9);
    expect(lat).toBeLessThan(53.1);
    expect(lon).toBeCloseTo(9, 6);
  });
});

describe('simplifyLine', () => {
  it('drops points closer to the line than the tolerance and keeps the far ones', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
  });

  it('keeps a closed ring closed', () => {
    const ring = square(0, 0, 1);
    const simplified = simplifyLine(ring, 0.1);
    expect(simplified[0]).toEqual(simplified[simplified.length - 1]);
    expect(simplified).toHaveLength(5);
  });
});

describe('simplifyGeometry', () => {
  it('drops small islands, rounds coordinates and keeps the main part', () => {
    const main = square(9.123456, 50.123456, 1);
    const islet = square(12, 54, 0.001);
    const result = simplifyGeometry(
      { type: 'MultiPolygon', coordinates: [[main], [islet]] },
      { tolerance: 0.01, minArea: 0.01, decimals: 3 },
    );
    expect(result?.type).toBe('Polygon');
    expect(result?.coordinates[0]).toContainEqual([9.123, 50.123]);
  });
});
