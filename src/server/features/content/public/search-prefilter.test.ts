import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { rowsOf } from '../../atlas/search/search-index.ts';
import { germanQueryOf } from '../../search/german-query.ts';
import { groupPatterns, holdsAll, lexemeGroups, lexemePattern } from './search-prefilter.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});

describe('the test of raw text before stemming', () => {
  it('reads the groups of a printed tsquery, and refuses shapes it does not know', () => {
    expect(lexemeGroups(`( 'feuerwehr':* | 'feuerwehrhaus' ) & 'amt':*`)).toEqual([
      ['feuerwehr', 'feuerwehrhaus'],
      ['amt'],
    ]);
    expect(lexemeGroups(`'o''neil'`)).toEqual([["o'neil"]]);
    expect(lexemeGroups(`!'amt'`)).toBeNull();
    expect(lexemeGroups(`'e' <-> 'mail'`)).toBeNull();
    expect(lexemeGroups('')).toBeNull();
  });

  it('writes a lexeme with every spelling of its vowels and ß, and escapes what is no letter', () => {
    expect(lexemePattern('strass')).toBe('str(a|ä|Ä|ae)(ss|ß)');
    expect(lexemePattern('gruss')).toBe('gr(u|ü|Ü|ue)(ss|ß)');
    expect(lexemePattern('haus')).toBe('h(a|ä|Ä|ae)(u|ü|Ü|ue)(s|ß)');
    expect(lexemePattern('a.b')).toBe('(a|ä|Ä|ae)\\.b');
  });

  // Every text the stemmed query finds must pass the test (the other way round does not matter).
  it.each([
    ['Die Müllabfuhr kommt dienstags.', 'Muellabfuhr'],
    ['Die Muellabfuhr kommt dienstags.', 'Müllabfuhr'],
    ['In der Straße', 'Strasse'],
    ['In der Strasse', 'Straße'],
    ['Viele Häuser', 'Haus'],
    ['ÖFFNUNGSZEITEN DES RATHAUSES', 'Öffnungszeiten'],
    ['Der Steuerbescheid kommt per Post.', 'Steuer'],
    ['Bescheinigungen erhalten Sie sofort.', 'Bescheinigung'],
    ['Fragen Sie Michael.', 'Michael'],
    ['Die Feuerwehr-Kooperation übt.', 'Kooperation'],
    ['Mit freundlichen Grüßen', 'Gruß'],
    ['Ihre Ärztin hilft.', 'Aerztin'],
    ['<p>Der <strong>Wohnsitz</strong> zählt.</p>', 'wohnsitz'],
  ])('lets "%s" through for "%s"', async (text, q) => {
    const query = await germanQueryOf(t.deps.db, q);
    const tsquery = query.prefixed as string;
    const patterns = await groupPatterns(t.deps.db, tsquery);
    expect(patterns).not.toBeNull();
    const [row] = rowsOf<{ stemmed: boolean; raw: boolean }>(
      await t.deps.db.execute(sql`select to_tsvector('german', ${text}) @@ to_tsquery('german', ${tsquery}) as stemmed,
        ${holdsAll(sql`${text}::text`, patterns)} as raw`),
    );
    expect(row).toEqual({ stemmed: true, raw: true });
  });

  it('keeps out a text without the words', async () => {
    const patterns = await groupPatterns(t.deps.db, (await germanQueryOf(t.deps.db, 'Hundesteuer')).prefixed as string);
    const [row] = rowsOf<{ raw: boolean }>(
      await t.deps.db.execute(
        sql`select ${holdsAll(sql`${'Die Müllabfuhr kommt dienstags.'}::text`, patterns)} as raw`,
      ),
    );
    expect(row?.raw).toBe(false);
  });
});
