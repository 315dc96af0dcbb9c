import { describe, expect, it } from 'vitest';
import { directoryRows, laenderOutlines, standOf, toTsv } from './build-directory.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.2, y],
      [x + 0.2, y + 0.2],
      [x, y + 0.2],
      [x, y],
    ] as [number, number][],
  ],
});

const feature = (AGS: string, GEN: string, BEZ: string, x = 9, y = 53) => ({
  type: 'Feature' as const,
  properties: { AGS, RS: AGS.length === 8 ? `${AGS.slice(0, 5)}0000${AGS.slice(5)}` : AGS, GEN, BEZ, GF: 4 },
  geometry: square(x, y),
});

describe('directoryRows', () => {
  const laender = [feature('03', 'Niedersachsen', 'Land'), feature('02', 'Hamburg', 'Freie und Hansestadt')];
  const kreise = [
    feature('03353', 'Harburg', 'Landkreis'),
    feature('03101', 'Braunschweig', 'Kreisfreie Stadt'),
    feature('02000', 'Hamburg', 'Kreisfreie Stadt'),
  ];
  const gemeinden = [
    feature('03353031', 'Seevetal', 'Gemeinde', 10, 53.3),
    feature('03353005', 'Buchholz in der Nordheide', 'Stadt'),
    feature('03353999', 'Forst', 'Gemeindefreies Gebiet'),
    feature('03101000', 'Braunschweig', 'Stadt', 10.5, 52.2),
    feature('02000000', 'Hamburg', 'Stadt'),
  ];
  const rows = directoryRows(laender, kreise, gemeinden);

  it('lists Länder, Kreise and Gemeinden in AGS order, linked to their Kreis', () => {
    expect(rows.map((r) => [r.ags, r.name, r.type, r.kreisAgs, r.landCode])).toEqual([
      ['02', 'Hamburg', 'land', '', '02'],
      ['03', 'Niedersachsen', 'land', '', '03'],
      ['03101000', 'Braunschweig', 'kreisfreie-stadt', '', '03'],
      ['03353', 'Landkreis Harburg', 'landkreis', '', '03'],
      ['03353005', 'Buchholz in der Nordheide', 'stadt', '03353', '03'],
      ['03353031', 'Seevetal', 'gemeinde', '03353', '03'],
    ]);
  });

  it('places each row at its centroid', () => {
    const seevetal = rows.find((r) => r.name === 'Seevetal');
    expect(seevetal?.lon).toBeCloseTo(10.1, 6);
    expect(seevetal?.lat).toBeCloseTo(53.4, 6);
  });

  it('writes its data state, a header and five-decimal coordinates', () => {
    const lines = toTsv(rows, { stand: '2016-01-01', source: 'BKG VG250 2016-01-01' }).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '#stand\t2016-01-01',
      '#source\tBKG VG250 2016-01-01',
      'ags\tars\tname\ttype\tkreis_ags\tland_code\tlat\tlon',
    ]);
    expect(lines).toContain('03353031\t033530000031\tSeevetal\tgemeinde\t03353\t03\t53.40000\t10.10000');
  });

  it('outlines the Länder with code and name', () => {
    const outlines = laenderOutlines(laender);
    expect(outlines.features.map((f) => f.properties)).toEqual([
      { code: '02', name: 'Hamburg' },
      { code: '03', name: 'Niedersachsen' },
    ]);
  });

  it('takes the data state from the latest date since which a Gemeinde is as described', () => {
    const dated = (WSK: string) => ({
      ...feature('03353031', 'Seevetal', 'Gemeinde'),
      properties: { ...feature('03353031', 'Seevetal', 'Gemeinde').properties, WSK },
    });
    expect(standOf([dated('2009/01/01'), dated('2016/01/01'), dated('2011/09/04')])).toBe('2016-01-01');
    expect(() => standOf([feature('03353031', 'Seevetal', 'Gemeinde')])).toThrow(/data state/);
  });
});
