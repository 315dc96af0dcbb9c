import { describe, expect, it } from 'vitest';
import { searchNameOf } from './search-name.ts';

describe('searchNameOf', () => {
  it('spells out umlauts and ß the way people type them', () => {
    expect(searchNameOf('Lübeck')).toBe('luebeck');
    expect(searchNameOf('Großröhrsdorf')).toBe('grossroehrsdorf');
    expect(searchNameOf('ÄÖÜ')).toBe('aeoeue');
  });

  it('folds decomposed umlauts like composed ones', () => {
    expect(searchNameOf('Lu\u0308beck')).toBe('luebeck');
  });

  it('strips other accents', () => {
    expect(searchNameOf('Sémaphore Ñandú')).toBe('semaphore nandu');
  });

  it('reduces punctuation and spaces to single spaces', () => {
    expect(searchNameOf('  Halle (Saale) ')).toBe('halle saale');
    expect(searchNameOf('Sankt Peter-Ording')).toBe('sankt peter ording');
  });
});
