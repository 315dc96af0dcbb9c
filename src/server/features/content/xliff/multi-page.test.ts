import { describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import { matchUnits } from './match-units.ts';
import { parseXliff, parseXliffFiles } from './parse-xliff.ts';
import type { XliffDocument } from './xliff-document.ts';
import { fillTargets, PAGE_ID, pageDocument, pageUnits } from './xliff-fixtures.ts';

// A file with a <file> per page, as an organisation's selection of pages is exported.

const SECOND_PAGE = '0192f0aa-5b1c-7d2e-8f30-4a5b6c7d8ea0';
const second: XliffDocument = {
  pageId: SECOND_PAGE,
  version: 3,
  sourceLanguage: 'de',
  targetLanguage: 'ar',
  units: [
    { id: 'title', source: 'Hund anmelden' },
    { id: 'b1', source: 'Die <strong>Hundesteuer</strong> zahlen Sie online.' },
  ],
};
const limits = { maxBytes: 1_000_000 };

describe.each([
  ['1.2', toXliff12],
  ['2.0', toXliff20],
])('XLIFF %s with several pages', (_version, toXliff) => {
  const exported = toXliff([pageDocument('ar'), second]);

  it('reads each page back with its own units, page id and source version', () => {
    const parsed = parseXliffFiles(exported, limits);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.pages.map((p) => [p.pageId, p.sourceVersion, p.sourceLanguage, p.targetLanguage])).toEqual([
      [PAGE_ID, 7, 'de', 'ar'],
      [SECOND_PAGE, 3, 'de', 'ar'],
    ]);
    expect(parsed.file.pages[0]?.units.map((u) => u.id)).toEqual(pageUnits().map((u) => u.id));
    expect(matchUnits(parsed.file.pages[1]?.units ?? [], second.units).counts['empty-target']).toBe(2);
  });

  it('keeps one unit id apart per page: a target in the second page does not land in the first', () => {
    // The second page's title unit comes after the first page's in the file.
    const secondTitle = exported.lastIndexOf('id="title"');
    const filled = `${exported.slice(0, secondTitle)}${fillTargets(exported.slice(secondTitle - 20), { title: 'تسجيل الكلب' }).slice(20)}`;
    const parsed = parseXliffFiles(filled, limits);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.pages[0]?.units.find((u) => u.id === 'title')?.target).toBeNull();
    expect(parsed.file.pages[1]?.units.find((u) => u.id === 'title')?.target).toBe('تسجيل الكلب');
  });

  it('is refused by the one-page reader, and refuses a page named twice and units over the limit in all pages', () => {
    expect(parseXliff(exported, limits)).toEqual({
      ok: false,
      problems: [{ code: 'invalid-structure', name: 'file' }],
    });
    const twice = toXliff([pageDocument('ar'), { ...second }]).replaceAll(SECOND_PAGE, PAGE_ID);
    expect(parseXliffFiles(twice, limits)).toEqual({
      ok: false,
      problems: [{ code: 'duplicate-page', value: PAGE_ID }],
    });
    const units = pageUnits().length + second.units.length;
    expect(parseXliffFiles(exported, { ...limits, maxUnits: units - 1 })).toEqual({
      ok: false,
      problems: [{ code: 'too-many-units', limit: units - 1 }],
    });
  });
});

describe('exporting several pages', () => {
  it('refuses pages of different language pairs and a page twice', () => {
    for (const toXliff of [toXliff12, toXliff20]) {
      expect(() => toXliff([pageDocument('ar'), { ...second, targetLanguage: 'en' }])).toThrow(RangeError);
      expect(() => toXliff([pageDocument('ar'), { ...second, sourceLanguage: 'en' }])).toThrow(RangeError);
      expect(() => toXliff([pageDocument('ar'), pageDocument('ar')])).toThrow(RangeError);
      expect(() => toXliff([])).toThrow(RangeError);
    }
  });

  it('reports a bad language of an XLIFF 2.0 file once, not once per page', () => {
    const bad = toXliff20([pageDocument('ar'), second]).replace('trgLang="ar"', 'trgLang="ar_EG"');
    expect(parseXliffFiles(bad, limits)).toEqual({
      ok: false,
      problems: [{ code: 'invalid-language', name: 'trgLang', value: 'ar_EG' }],
    });
  });
});
