import { describe, expect, it } from 'vitest';
import { attributionHtml, attributionOf } from './attribution.ts';

const base = { author: 'Jane Doe', sourceUrl: null, organisationName: 'Stadt Musterstadt' };

describe('the credit line of an image', () => {
  it('names author, licence and source', () => {
    expect(attributionOf({ ...base, licence: 'CC-BY-4.0', sourceUrl: 'https://example.org/rathaus.jpg' })).toBe(
      'Foto: Jane Doe, CC BY 4.0, Quelle: https://example.org/rathaus.jpg',
    );
  });

  it.each([
    ['CC-BY-SA-4.0', 'Foto: Jane Doe, CC BY-SA 4.0'],
    ['CC0-1.0', 'Foto: Jane Doe, CC0 1.0'],
    ['DL-DE-BY-2.0', 'Foto: Jane Doe, dl-de/by-2-0'],
    ['DL-DE-ZERO-2.0', 'Foto: Jane Doe, dl-de/zero-2-0'],
    ['own', 'Foto: Jane Doe, © Stadt Musterstadt'],
  ] as const)('names %s as a credit line does, without a source when there is none', (licence, line) => {
    expect(attributionOf({ ...base, licence })).toBe(line);
  });

  it('links licence and source in HTML, with the text escaped', () => {
    expect(
      attributionHtml({ ...base, author: 'Jane <b>Doe</b>', licence: 'CC-BY-4.0', sourceUrl: 'https://e.org/?a=1&b=2' })
        .value,
    ).toBe(
      'Foto: Jane &lt;b&gt;Doe&lt;/b&gt;, <a href="https://creativecommons.org/licenses/by/4.0/deed.de">CC BY 4.0</a>, Quelle: <a href="https://e.org/?a=1&amp;b=2">https://e.org/?a=1&amp;b=2</a>',
    );
    expect(attributionHtml({ ...base, licence: 'own' }).value).toBe('Foto: Jane Doe, © Stadt Musterstadt');
  });
});
