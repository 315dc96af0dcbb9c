import { segmentsOf } from './segments.ts';
import { titleUnit } from './title-unit.ts';
import type { XliffDocument } from './xliff-document.ts';

// Test data for the XLIFF tests: a citizen information page with every kind of content a page has.

export const PAGE_ID = '0192f0aa-5b1c-7d2e-8f30-4a5b6c7d8e9f';
export const PAGE_TITLE = 'Wohnsitz anmelden & ummelden';

export const PAGE_BODY = [
  '<h2>Was Sie brauchen</h2>',
  '<p>Bitte bringen Sie Ihren <strong>Personalausweis</strong> und das <em>Formular „Anmeldung“</em> mit.',
  '<br />Termine können Sie <a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1" rel="noopener">online buchen</a>.</p>',
  '<ul>\n  <li>Öffnungszeiten: Mo–Fr\n    <ul><li>8–12 Uhr</li><li>14–16 Uhr</li></ul>\n  </li>',
  '<li>Gebühr: 12 € &lt; 15 € &amp; "ermäßigt" 🙂</li></ul>',
  '<table><tbody><tr><th>Amt</th><td colspan="2">Bürgerbüro, Raum <code>B-12</code></td></tr></tbody></table>',
  "<blockquote><p>Ein Zitat mit 'Apostroph'</p></blockquote>",
  '<p><br /></p>',
].join('\n');

/** The page's units as an export takes them: title first, then the body's segments. */
export function pageUnits(body = PAGE_BODY, title = PAGE_TITLE): { id: string; source: string }[] {
  return [titleUnit(title), ...segmentsOf(body).map((segment) => ({ id: segment.id, source: segment.html }))];
}

export function pageDocument(targetLanguage: string, version = 7): XliffDocument {
  return { pageId: PAGE_ID, version, sourceLanguage: 'de', targetLanguage, units: pageUnits() };
}

/**
 * What a translation tool does with an exported file: writes a `<target>` after each unit's
 * `<source>`. Targets are XLIFF inline markup as the tool would write it, keyed by unit id.
 */
export function fillTargets(xml: string, targets: Record<string, string>): string {
  let filled = xml;
  for (const [id, target] of Object.entries(targets)) {
    const unitStart = new RegExp(`<(trans-unit|unit) id="${id}">`).exec(filled);
    if (!unitStart) throw new Error(`no unit ${id} in the file`);
    const sourceEnd = filled.indexOf('</source>', unitStart.index) + '</source>'.length;
    filled = `${filled.slice(0, sourceEnd)}<target>${target}</target>${filled.slice(sourceEnd)}`;
  }
  return filled;
}
