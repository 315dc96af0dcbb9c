import { describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import type { XliffDocument } from './xliff-document.ts';
import { PAGE_ID, pageDocument, pageUnits } from './xliff-fixtures.ts';
import { hasXmllint, validateXliff as validate } from './xsd-validator.ts';

// Validates exports against the OASIS schemas in data/xliff/ with xmllint (xsd-validator.ts).
// Without xmllint these tests are skipped: the schemas need a validator, and the structural tests in
// export.test.ts still run.

const documents: [string, XliffDocument][] = [
  ['German to Arabic without translations', pageDocument('ar')],
  [
    'German to English with an existing translation',
    {
      ...pageDocument('en'),
      units: pageUnits().map((unit) =>
        unit.id === 'b2'
          ? { ...unit, target: '<em>Form</em>, <strong>ID</strong><br /><a href="https://example.org/">link</a>' }
          : unit,
      ),
    },
  ],
  ['German to Leichte Sprache', pageDocument('de-x-ls')],
];

// A second page for the files with a <file> per page: another id and text, one unit id shared with the first.
const SECOND_PAGE = '0192f0aa-5b1c-7d2e-8f30-4a5b6c7d8ea0';
const secondPage = (targetLanguage: string): XliffDocument => ({
  pageId: SECOND_PAGE,
  version: 2,
  sourceLanguage: 'de',
  targetLanguage,
  units: [
    { id: 'title', source: 'Hund anmelden' },
    {
      id: 'b1',
      source: 'Die <strong>Hundesteuer</strong> zahlen Sie <a href="https://example.org/steuer">online</a>.',
    },
  ],
});

const multiPage: [string, XliffDocument[]][] = [
  ['two pages, German to Arabic', [pageDocument('ar'), secondPage('ar')]],
  [
    'two pages, German to English, one with a translation',
    [
      pageDocument('en'),
      {
        ...secondPage('en'),
        units: secondPage('en').units.map((u) => (u.id === 'title' ? { ...u, target: 'Registering a dog' } : u)),
      },
    ],
  ],
];

// Needs xmllint (Debian libxml2-utils): .ci/run installs it; a machine without it warns and skips.
describe.skipIf(!hasXmllint)('exports against the OASIS XLIFF schemas', () => {
  it.each(documents)('an XLIFF 1.2 export of a page (%s) is valid under xliff-core-1.2-strict.xsd', (_name, doc) => {
    const result = validate(toXliff12(doc), 'xliff-core-1.2-strict.xsd');
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it.each(documents)('an XLIFF 2.0 export of a page (%s) is valid under xliff-core-2.0.xsd', (_name, doc) => {
    const result = validate(toXliff20(doc), 'xliff-core-2.0.xsd');
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it.each(multiPage)(
    'an XLIFF 1.2 export with a <file> per page (%s) is valid under xliff-core-1.2-strict.xsd',
    (_name, docs) => {
      const xml = toXliff12(docs);
      expect(xml.match(/<file /g)).toHaveLength(2);
      const result = validate(xml, 'xliff-core-1.2-strict.xsd');
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    },
  );

  it.each(multiPage)(
    'an XLIFF 2.0 export with a <file> per page (%s) is valid under xliff-core-2.0.xsd',
    (_name, docs) => {
      const xml = toXliff20(docs);
      expect(xml).toContain(`<file id="f2" original="content-pages/${SECOND_PAGE}/v2.html"`);
      expect(xml).toContain(`original="content-pages/${PAGE_ID}/v7.html"`);
      const result = validate(xml, 'xliff-core-2.0.xsd');
      expect(result.output).toContain('validates');
      expect(result.valid).toBe(true);
    },
  );

  it('the validation rejects a value the schemas do not allow, so a passing export means something', () => {
    const bad12 = toXliff12(pageDocument('ar')).replace('ctype="bold"', 'ctype="heavy"');
    const bad20 = toXliff20(pageDocument('ar')).replace('type="link"', 'type="hyperlink"');
    expect(validate(bad12, 'xliff-core-1.2-strict.xsd').valid).toBe(false);
    expect(validate(bad20, 'xliff-core-2.0.xsd').valid).toBe(false);
  });
});
