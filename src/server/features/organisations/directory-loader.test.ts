import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { DIRECTORY_FILE, loadDirectory, parseDirectory } from './directory-loader.ts';
import { directoryOrganisation } from './organisation-fixtures.ts';
import { organisations } from './tables.ts';

const t = await buildTestApp();

describe('the organisation directory', () => {
  it('was loaded at start-up with every row of data/directory.tsv', async () => {
    const lines = parseDirectory(readFileSync(DIRECTORY_FILE, 'utf8'));
    const [row] = await t.deps.db
      .select({ n: count() })
      .from(organisations)
      .where(eq(organisations.source, 'directory'));
    expect(Number(row?.n)).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(11_000);
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

  it('loads nothing when the directory is already there', async () => {
    expect(await loadDirectory(t.deps.db)).toBe(0);
  });

  it('refuses a malformed file instead of loading half of it', () => {
    const header = 'ags\tars\tname\ttype\tkreis_ags\tland_code\tlat\tlon';
    expect(() => parseDirectory('ags\tname\n')).toThrow(/header/);
    expect(() => parseDirectory(`${header}\n03\t03\tNiedersachsen\tdorf\t\t03\t52\t9\n`)).toThrow(/line 2/);
    expect(() => parseDirectory(`${header}\n031\t03\tX\tgemeinde\t\t03\t52\t9\n`)).toThrow(/line 2/);
    expect(parseDirectory(`${header}\n03\t03\tNiedersachsen\tland\t\t03\t52.8\t9.1\n`)).toEqual([
      { ags: '03', ars: '03', name: 'Niedersachsen', type: 'land', kreisAgs: '', landCode: '03', lat: 52.8, lon: 9.1 },
    ]);
  });
});
