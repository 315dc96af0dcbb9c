import { describe, expect, it } from 'vitest';
import { firstFreeSlug } from '../../../shared/reserved-slugs.ts';
import { COOPERATION_SLUG_MAX, cooperationSlug } from './slug.ts';

describe('cooperation slugs', () => {
  it('spells out German letters and drops other accents and signs', () => {
    expect(cooperationSlug('Smart Cities: 5 für Südwestfalen')).toBe('smart-cities-5-fuer-suedwestfalen');
    expect(cooperationSlug('Straßenbeleuchtung – Öffentlich & Ökologisch')).toBe(
      'strassenbeleuchtung-oeffentlich-oekologisch',
    );
    expect(cooperationSlug('Café Région')).toBe('cafe-region');
  });

  it('cuts long titles at a word boundary and names titles without letters', () => {
    const slug = cooperationSlug('Interkommunale Zusammenarbeit '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(COOPERATION_SLUG_MAX);
    expect(slug.endsWith('-')).toBe(false);
    expect(cooperationSlug('!!!')).toBe('kooperation');
    expect(cooperationSlug('IT')).toBe('kooperation-it');
  });

  it('finds the first free suffix', () => {
    expect(firstFreeSlug('bauhof', [])).toBe('bauhof');
    expect(firstFreeSlug('bauhof', ['bauhof', 'bauhof-2'])).toBe('bauhof-3');
    // /atlas/new and /atlas/mine are pages of the web app.
    expect(firstFreeSlug('new', [])).toBe('new-2');
    expect(firstFreeSlug('mine', [])).toBe('mine-2');
  });
});
