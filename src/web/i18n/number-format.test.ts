import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatNumber, registerNumberFormat } from './number-format.ts';
import { translations } from './resources.ts';

// Numbers read the same everywhere in one language: "11.393" and "3.004" in German, "11,393" in English.

async function translator(language: 'de' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { de: { translation: translations.de }, en: { translation: translations.en } },
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  registerNumberFormat(instance);
  return instance.t.bind(instance);
}

/** Placeholders that always carry a count or another quantity and must be written as numbers. */
const QUANTITIES = new Set([
  'count',
  'total',
  'located',
  'shown',
  'rows',
  'create',
  'update',
  'created',
  'updated',
  'left',
  'line',
]);

function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? strings(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe('number formatting', () => {
  it('groups thousands as the interface language does', () => {
    expect(formatNumber(11393, 'de')).toBe('11.393');
    expect(formatNumber(3004, 'de')).toBe('3.004');
    expect(formatNumber(3004, 'en')).toBe('3,004');
    expect(formatNumber(999, 'de')).toBe('999');
    expect(formatNumber(53.43331, 'de', { maximumFractionDigits: 4 })).toBe('53,4333');
    expect(formatNumber(53.43331, 'en', { maximumFractionDigits: 4 })).toBe('53.4333');
    // Anything but English is German, like the interface.
    expect(formatNumber(1000, undefined)).toBe('1.000');
  });

  it('formats the counts of the atlas, the directory and the map alike', async () => {
    const de = await translator('de');
    expect(de('atlas.search.count', { count: 3004 })).toBe('3.004 Kooperationen');
    expect(de('directory.count', { count: 11393 })).toBe('11.393 Organisationen gefunden');
    expect(de('atlas.map.capped', { count: 1000, located: 3004 })).toContain(
      'die ersten 1.000 der 3.004 Kooperationen',
    );
    expect(de('atlas.record.populationServed', { count: 250000 })).toBe(
      'Versorgt 250.000 Einwohnerinnen und Einwohner',
    );
    expect(de('pagination.status', { page: 2, pages: 1140 })).toBe('Seite 2 von 1.140');
    const en = await translator('en');
    expect(en('atlas.search.count', { count: 3004 })).toBe('3,004 cooperations');
    expect(en('directory.count', { count: 11393 })).toBe('11,393 organisations found');
  });

  it('writes every count in the translations as a number', () => {
    const unformatted: string[] = [];
    for (const language of ['de', 'en'] as const) {
      for (const [key, text] of strings(translations[language])) {
        for (const match of text.matchAll(/\{\{\s*([a-zA-Z]+)\s*\}\}/g)) {
          if (QUANTITIES.has(match[1] ?? '')) unformatted.push(`${language} ${key}: {{${match[1]}}}`);
        }
      }
    }
    // Write {{count, number}}: "Fehler {{status}}", "seit {{year}}" or a page's name stay as they are.
    expect(unformatted).toEqual([]);
  });
});
