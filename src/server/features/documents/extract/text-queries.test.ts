import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { storeDocument } from './stored-document-fixture.ts';
import { saveText, storedText } from './text-queries.ts';

// A text whose search vector would be larger than PostgreSQL allows (1 MB) is still stored and found.

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});

/** About 90,000 different made-up words: a vector with their positions passes 1 MB. */
function manyWords(count: number): string {
  const words: string[] = [];
  for (let n = 0; n < count; n += 1) words.push(`w${n.toString(36).padStart(4, 'a')}x${(n * 7919).toString(36)}`);
  return words.join(' ');
}

describe('saveText', () => {
  it('indexes a text too large for a vector by a part of it, keeping the text whole', async () => {
    const organisation = await createOrganisation(t);
    const stored = await storeDocument(
      t,
      { kind: 'organisation', id: organisation.id },
      {
        name: 'Tabelle.csv',
        bytes: new TextEncoder().encode('x'),
        mediaType: 'text/csv',
      },
    );
    const text = `Anfang ${manyWords(90_000)} Gemeindewerke`;
    await t.deps.db.transaction((tx) => saveText(tx, stored.versionId, { state: 'done', text, name: 'Tabelle.csv' }));
    const row = await storedText(t.deps.db, stored.versionId);
    expect(row?.text).toBe(text);
    // Its beginning is searchable; its end is not indexed, but still kept.
    expect(row?.searchVector).toContain('anfang');
    expect(row?.text.endsWith('Gemeindewerke')).toBe(true);
  }, 120_000);
});
