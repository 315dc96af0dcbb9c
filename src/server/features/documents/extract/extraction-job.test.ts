import { sql } from 'drizzle-orm';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { createOrganisation } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { deflatedBlanks, docx, overlappingZip, pdf } from './extract-fixtures.ts';
import { extracted, storeDocument } from './stored-document-fixture.ts';

// The background job: a new version's text is read from the store and written with its search vector.

let t: TestApp;
let space: { kind: 'organisation'; id: string };

beforeAll(async () => {
  // A database of its own: on PostgreSQL every test file's job runner takes jobs from the shared
  // database, and another file's app would not find this file's bytes (each app has its own data folder).
  t = await buildTestAppOnOwnDatabase();
  space = { kind: 'organisation', id: (await createOrganisation(t)).id };
});

const matches = async (versionId: string, query: string) => {
  const rows = rowsOf<{ hit: boolean }>(
    await t.deps.db.execute(
      sql`select search_vector @@ to_tsquery('german', ${query}) as hit from doc_texts where version_id = ${versionId}`,
    ),
  );
  return rows[0]?.hit;
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('the extraction job', () => {
  it('writes a Word document’s text, searchable in German forms and by the file’s name', async () => {
    const stored = await storeDocument(t, space, {
      name: 'Protokoll_Gemeinderat-2026.docx',
      bytes: docx(['Die Feuerwehrhäuser werden saniert.']),
      mediaType: DOCX,
    });
    const text = await extracted(t, stored.versionId);
    expect(text).toMatchObject({ state: 'done', text: 'Die Feuerwehrhäuser werden saniert.' });
    expect(await matches(stored.versionId, 'feuerwehrhaus')).toBe(true);
    expect(await matches(stored.versionId, 'gemeinderat & protokoll')).toBe(true);
    expect(await matches(stored.versionId, 'kindergarten')).toBe(false);
  }, 90_000);

  it('writes a PDF’s and a text file’s text', async () => {
    const fromPdf = await storeDocument(t, space, {
      name: 'Satzung.pdf',
      bytes: pdf(['Abwassersatzung der Gemeinde']),
      mediaType: 'application/pdf',
    });
    const fromText = await storeDocument(t, space, {
      name: 'notizen.md',
      bytes: strToU8('# Notizen\n\nWinterdienst ab November'),
      mediaType: 'text/markdown',
    });
    expect((await extracted(t, fromPdf.versionId)).text).toContain('Abwassersatzung der Gemeinde');
    expect(await extracted(t, fromText.versionId)).toMatchObject({ state: 'done' });
    expect(await matches(fromText.versionId, 'winterdienst')).toBe(true);
  }, 90_000);

  it('marks a file without text (an image) empty and a lying or bombing file failed; both still found by name', async () => {
    const image = await storeDocument(t, space, {
      name: 'Lageplan.png',
      bytes: new Uint8Array([137, 80, 78, 71]),
      mediaType: 'image/png',
    });
    const lying = await storeDocument(t, space, { name: 'Bericht.docx', bytes: pdf(['x']), mediaType: DOCX });
    const data = deflatedBlanks('<worksheet>', 50, '</worksheet>');
    const names = Array.from({ length: 1000 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    const bomb = await storeDocument(t, space, {
      name: 'Kassenbuch.xlsx',
      bytes: overlappingZip(names, data, 50 * 1024 * 1024),
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(await extracted(t, image.versionId)).toMatchObject({ state: 'empty', text: '' });
    expect(await extracted(t, lying.versionId)).toMatchObject({ state: 'failed', text: '' });
    const started = Date.now();
    expect(await extracted(t, bomb.versionId)).toMatchObject({ state: 'failed', text: '' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await matches(bomb.versionId, 'kassenbuch')).toBe(true);
    expect(await matches(image.versionId, 'lageplan')).toBe(true);
  }, 90_000);
});
