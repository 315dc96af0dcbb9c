import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../directory-file.ts';
import { type CurrentRow, planDirectoryUpdate } from './plan.ts';

const row = (
  ags: string,
  name: string,
  type: string,
  kreisAgs = '',
  lat: number | null = 51,
  lon: number | null = 10,
): CurrentRow => ({
  id: `id-${ags}-${name}`,
  ags,
  ars: ags,
  name,
  type,
  kreisAgs,
  landCode: ags.slice(0, 2),
  lat,
  lon,
  dissolved: false,
});
const entry = (r: Omit<CurrentRow, 'id' | 'dissolved'>): DirectoryEntry => ({
  ags: r.ags,
  ars: r.ars ?? '',
  name: r.name,
  type: r.type,
  kreisAgs: r.kreisAgs,
  landCode: r.landCode,
  lat: r.lat,
  lon: r.lon,
});

describe('planning a directory update', () => {
  const land = row('16', 'Thüringen', 'land');
  const wartburgkreis = row('16063', 'Wartburgkreis', 'landkreis');
  const eisenach = row('16056000', 'Eisenach', 'kreisfreie-stadt', '', 50.97, 10.32);
  const gerstungen = row('16063028', 'Gerstungen', 'gemeinde', '16063', 50.96, 10.06);
  const current = [land, wartburgkreis, eisenach, gerstungen];

  it('matches a kreisfreie Stadt that joined a Kreis by its name, keeping its ID', () => {
    const plan = planDirectoryUpdate(
      current,
      [
        entry(land),
        entry(wartburgkreis),
        entry(gerstungen),
        { ...entry(eisenach), ags: '16063105', ars: '16063105', type: 'stadt', kreisAgs: '16063' },
      ],
      { positions: 'keep' },
    );
    expect(plan.updates).toEqual([
      expect.objectContaining({ row: eisenach, changes: ['ags', 'type', 'kreis', 'ars'] }),
    ]);
    expect(plan).toMatchObject({ additions: [], dissolutions: [], unchanged: 3, scope: { landCodes: ['16'] } });
  });

  it('never dissolves a Land and leaves what the file does not cover alone', () => {
    const other = row('03353031', 'Seevetal', 'gemeinde', '03353');
    const plan = planDirectoryUpdate([...current, other], [entry(wartburgkreis), entry(gerstungen)], {
      positions: 'keep',
    });
    expect(plan.scope).toEqual({ landCodes: [], kreisAgs: ['16063'] });
    expect(plan.dissolutions).toEqual([]);
  });

  it('names the Kreis most Gemeinden of a dissolved Kreis went to as its successor', () => {
    const osterode = row('03156', 'Landkreis Osterode am Harz', 'landkreis');
    const goettingen = row('03152', 'Landkreis Göttingen', 'landkreis');
    const herzberg = row('03156009', 'Herzberg am Harz', 'stadt', '03156');
    const niedersachsen = row('03', 'Niedersachsen', 'land');
    const plan = planDirectoryUpdate(
      [niedersachsen, osterode, goettingen, herzberg],
      [
        entry(niedersachsen),
        { ...entry(goettingen), ags: '03159', ars: '03159' },
        { ...entry(herzberg), ags: '03159019', ars: '03159019', kreisAgs: '03159' },
      ],
      { positions: 'keep' },
    );
    expect(plan.dissolutions).toEqual([{ row: osterode, successorAgs: '03159' }]);
    expect(plan.updates.map((u) => [u.row.name, u.changes])).toEqual([
      ['Landkreis Göttingen', ['ags', 'ars']],
      ['Herzberg am Harz', ['ags', 'kreis', 'ars']],
    ]);
  });

  it('brings a dissolved row back when its key returns, and places a merger between its predecessors', () => {
    const gone = { ...row('16063001', 'Altes Dorf', 'gemeinde', '16063', 51, 10), dissolved: true };
    const a = row('16063002', 'A', 'gemeinde', '16063', 50.9, 10.1);
    const b = row('16063003', 'B', 'gemeinde', '16063', 50.7, 10.3);
    const plan = planDirectoryUpdate(
      [land, wartburgkreis, gone, a, b],
      [
        entry(land),
        entry(wartburgkreis),
        entry(gone),
        { ...entry(a), ags: '16063104', name: 'AB', lat: null, lon: null },
      ],
      { positions: 'keep' },
    );
    expect(plan.updates).toEqual([expect.objectContaining({ row: gone, changes: ['reactivated'] })]);
    expect(plan.dissolutions.map((d) => [d.row.name, d.successorAgs])).toEqual([
      ['A', '16063104'],
      ['B', '16063104'],
    ]);
    expect(plan.additions).toEqual([expect.objectContaining({ ags: '16063104', lat: 50.8, lon: 10.2 })]);
  });
});
