import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Validates XLIFF files against the OASIS schemas in data/xliff/ with xmllint (Debian: libxml2-utils),
// for the tests. The catalog points the schemas' import of the xml: namespace at the copy beside
// them, and --nonet keeps xmllint off the network.
const SCHEMAS = resolve(import.meta.dirname, '../../../../../data/xliff');

/** Whether xmllint is installed; tests that need it are skipped (with a warning) where it is not. */
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('xmllint not found (apt-get install libxml2-utils): XLIFF schema validation skipped');

export const XLIFF12_SCHEMA = 'xliff-core-1.2-strict.xsd';
export const XLIFF20_SCHEMA = 'xliff-core-2.0.xsd';

/** Validates a file against one of the schemas; `output` is what xmllint said. */
export function validateXliff(xml: string, schema: string): { valid: boolean; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'xliff-xsd-'));
  try {
    const path = join(folder, 'file.xlf');
    writeFileSync(path, xml);
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), path], {
      env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
      encoding: 'utf8',
    });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
