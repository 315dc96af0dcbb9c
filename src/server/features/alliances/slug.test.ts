import { describe, expect, it } from 'vitest';
import { SLUG_MAX, slugify } from './slug.ts';

describe('slugify', () => {
  it('spells out German letters and drops other accents', () => {
    expect(slugify('5 für Südwestfalen')).toBe('5-fuer-suedwestfalen');
    expect(slugify('Großraum Öhringen – Ämter & Überlingen')).toBe('grossraum-oehringen-aemter-ueberlingen');
    expect(slugify('Coopération Saint-Étienne')).toBe('cooperation-saint-etienne');
    expect(slugify('IT-Kooperation Dresden–Leipzig–Magdeburg')).toBe('it-kooperation-dresden-leipzig-magdeburg');
  });

  it('never returns an empty slug', () => {
    expect(slugify('***')).toBe('verbund');
    expect(slugify('東京')).toBe('verbund');
  });

  it('cuts long names at a word boundary', () => {
    const slug = slugify(`Interkommunale Zusammenarbeit ${'Landkreis '.repeat(20)}`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/-landkreis$/);
  });
});
