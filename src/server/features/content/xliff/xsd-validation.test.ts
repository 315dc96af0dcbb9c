import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import type { XliffDocument } from './xliff-document.ts';
import { pageDocument, pageUnits } from './xliff-fixtures.ts';

// Validates exports against the OASIS schemas in data/xliff/ with xmllint (Debian: libxml2-utils).
// Without xmllint these tests are skipped: the schemas need a validator, and the structural tests in
// export.test.ts still run. The catalog points the schemas' import of the xml: namespace at the
// copy beside them, and --nonet keeps xmllint off the network.
const SCHEMAS = resolve(import.meta.dirname, '../../../../../data/xliff');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('xmllint not found (apt-get install libxml2-utils): XLIFF schema validation skipped');

const folder = mkdtempSync(join(tmpdir(), 'xliff-xsd-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function validate(xml: string, schema: string): { valid: boolean; output: string } {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(path, xml);
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), path], {
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
    encoding: 'utf8',
  });
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

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

  it('the validation rejects a value the schemas do not allow, so a passing export means something', () => {
    const bad12 = toXliff12(pageDocument('ar')).replace('ctype="bold"', 'ctype="heavy"');
    const bad20 = toXliff20(pageDocument('ar')).replace('type="link"', 'type="hyperlink"');
    expect(validate(bad12, 'xliff-core-1.2-strict.xsd').valid).toBe(false);
    expect(validate(bad20, 'xliff-core-2.0.xsd').valid).toBe(false);
  });
});
