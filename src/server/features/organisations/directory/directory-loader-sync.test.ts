import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnPglite } from '../../../test/test-app.ts';
import { directoryOrganisation, storedMembership } from '../organisation-fixtures.ts';
import { DIRECTORY_FILE, loadDirectory } from './directory-loader.ts';
import { directoryState, saveDirectoryState } from './import/queries.ts';

// A copy of the database of its own: these tests load other directory files than the committed one.
const t = await buildTestAppOnOwnPglite();
const committed = readFileSync(DIRECTORY_FILE, 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'allmende-directory-'));

/** The committed file with some lines changed, as a new release of it would be. */
function release(name: string, edit: (lines: string[]) => string[]): string {
  const file = join(folder, name);
  writeFileSync(file, `${edit(committed.trimEnd().split('\n')).join('\n')}\n`);
  return file;
}

const ags = (line: string) => line.split('\t')[0] ?? '';
const withCells = (line: string, cells: Record<number, string>) =>
  line
    .split('\t')
    .map((cell, index) => cells[index] ?? cell)
    .join('\t');

// In Saalfeld-Rudolstadt (16073): Cursdorf, Deesbach and Katzhütte merge into a new Gemeinde
// (test data); Bechstedt is renumbered; Dröbischau renamed.
const merged = new Set(['16073013', '16073014', '16073037']);
const updated = release('directory-next.tsv', (lines) => [
  ...lines
    .filter((line) => !merged.has(ags(line)))
    .map((line) => {
      if (ags(line) === '16073006') return withCells(line, { 0: '16073120', 1: '160735003120' });
      if (ags(line) === '16073021') return withCells(line, { 2: 'Dröbischau (Thür.)' });
      return line;
    }),
  '16073110\t160735003110\tSchwarzatal\tstadt\t16073\t16\t50.55251\t11.10229',
]);

// On PostgreSQL every test file shares one database (buildTestAppOnOwnPglite gives the shared one):
// loading whole directory files there would change what the other files read at the same time.
describe.skipIf(Boolean(process.env.DATABASE_URL))('a new release of the committed directory file', () => {
  it('updates an existing database by AGS at start, keeping IDs and memberships', async () => {
    const cursdorf = await directoryOrganisation(t, '16073013');
    const bechstedt = await directoryOrganisation(t, '16073006');
    const member = await createPerson(t, {
      organisation: { id: cursdorf.id, name: 'Cursdorf', domain: 'cursdorf.example' },
    });
    const renumbered = await createPerson(t, {
      organisation: { id: bechstedt.id, name: 'Bechstedt', domain: 'bechstedt.example' },
    });

    expect(await loadDirectory(t.deps.db, updated)).toBe(6);
    const schwarzatal = await directoryOrganisation(t, '16073110');
    expect(schwarzatal).toMatchObject({ name: 'Schwarzatal', type: 'stadt', dissolvedAt: null });
    for (const key of merged) {
      expect(await directoryOrganisation(t, key)).toMatchObject({ successorId: schwarzatal.id });
    }
    expect((await directoryOrganisation(t, '16073013')).dissolvedAt).toBeInstanceOf(Date);
    expect(await storedMembership(t, member.id)).toMatchObject({ organisationId: cursdorf.id, status: 'confirmed' });
    expect(await directoryOrganisation(t, '16073120')).toMatchObject({ id: bechstedt.id, name: 'Bechstedt' });
    expect(await storedMembership(t, renumbered.id)).toMatchObject({ organisationId: bechstedt.id });
    expect((await directoryOrganisation(t, '16073021')).name).toBe('Dröbischau (Thür.)');
  });

  it('does nothing at the next start, and takes the committed file back as one more release', async () => {
    expect(await loadDirectory(t.deps.db, updated)).toBe(0);
    const bechstedt = await directoryOrganisation(t, '16073120');
    expect(await loadDirectory(t.deps.db)).toBe(6);
    expect((await directoryOrganisation(t, '16073013')).dissolvedAt).toBeNull();
    expect((await directoryOrganisation(t, '16073110')).dissolvedAt).toBeInstanceOf(Date);
    expect(await directoryOrganisation(t, '16073006')).toMatchObject({ id: bechstedt.id });
  });

  it('leaves newer official data an admin imported in place', async () => {
    const state = await directoryState(t.deps.db);
    await saveDirectoryState(t.deps.db, {
      ...(state ?? { source: 'x', fileHash: null, updatedAt: '' }),
      stand: '2024-12-31',
    });
    expect(await loadDirectory(t.deps.db, updated)).toBe(0);
    expect((await directoryOrganisation(t, '16073013')).dissolvedAt).toBeNull();
    expect((await directoryState(t.deps.db))?.stand).toBe('2024-12-31');
  });
});
