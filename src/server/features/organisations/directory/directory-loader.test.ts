import { readFileSync } from 'node:fs';
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/test-app.ts';
import { directoryOrganisation } from '../organisation-fixtures.ts';
import { organisations } from '../tables.ts';
import { DIRECTORY_FILE, loadDirectory, parseDirectory } from './directory-loader.ts';

const t = await buildTestApp();

describe('the organisation directory', () => {
  it('was loaded at start-up with every row of data/directory.tsv', async () => {
    const { entries, stand } = parseDirectory(readFileSync(DIRECTORY_FILE, 'utf8'));
    const [row] = await t.deps.db
      .select({ n: count() })
      .from(organisations)
      .where(and(eq(organisations.source, 'directory'), isNull(organisations.dissolvedAt)));
    expect(Number(row?.n)).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(11_000);
    expect(stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('links every Gemeinde to its Kreis and Land, with a searchable name', async () => {
    const seevetal = await directoryOrganisation(t, '03353031');
    const harburg = await directoryOrganisation(t, '03353');
    const niedersachsen = await directoryOrganisation(t, '03');
    expect(seevetal).toMatchObject({
      kreisId: harburg.id,
      landId: niedersachsen.id,
      landCode: '03',
      source: 'directory',
    });
    expect(harburg).toMatchObject({ kreisId: null, landId: niedersachsen.id, type: 'landkreis' });
    expect(niedersachsen).toMatchObject({ kreisId: null, landId: null, type: 'land', name: 'Niedersachsen' });
    expect((await directoryOrganisation(t, '01003000')).searchName).toBe('luebeck');
  });

  it('names Kreise in full, as people write them', async () => {
    expect((await directoryOrganisation(t, '03353')).name).toBe('Landkreis Harburg');
    expect((await directoryOrganisation(t, '05974')).name).toBe('Kreis Soest');
    expect((await directoryOrganisation(t, '05958')).name).toBe('Hochsauerlandkreis');
    expect((await directoryOrganisation(t, '05334')).name).toBe('Städteregion Aachen');
    expect((await directoryOrganisation(t, '10041')).name).toBe('Regionalverband Saarbrücken');
    expect((await directoryOrganisation(t, '05974')).searchName).toBe('kreis soest');
  });

  it('loads nothing when the directory is already there', async () => {
    expect(await loadDirectory(t.deps.db)).toBe(0);
  });

  it('refuses a malformed file instead of loading half of it', () => {
    const header = 'ags\tars\tname\ttype\tkreis_ags\tland_code\tlat\tlon';
    expect(() => parseDirectory('ags\tname\n')).toThrow(/header/);
    expect(() => parseDirectory(`${header}\n03\t03\tNiedersachsen\tdorf\t\t03\t52\t9\n`)).toThrow(/line 2/);
    expect(() => parseDirectory(`${header}\n031\t03\tX\tgemeinde\t\t03\t52\t9\n`)).toThrow(/line 2/);
    expect(() => parseDirectory(`#stand\t2016\n${header}\n`)).toThrow(/stand/);
    expect(
      parseDirectory(`#stand\t2016-01-01\n#source\tBKG\n${header}\n03\t03\tNiedersachsen\tland\t\t03\t52.8\t9.1\n`),
    ).toEqual({
      stand: '2016-01-01',
      source: 'BKG',
      entries: [
        {
          ags: '03',
          ars: '03',
          name: 'Niedersachsen',
          type: 'land',
          kreisAgs: '',
          landCode: '03',
          lat: 52.8,
          lon: 9.1,
        },
      ],
    });
  });
});
