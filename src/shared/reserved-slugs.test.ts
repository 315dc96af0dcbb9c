import { describe, expect, it } from 'vitest';
import { firstFreeSlug, isReservedSlug } from './reserved-slugs.ts';

describe('firstFreeSlug', () => {
  it('numbers a taken slug', () => {
    expect(firstFreeSlug('bauhof', [])).toBe('bauhof');
    expect(firstFreeSlug('bauhof', ['bauhof'])).toBe('bauhof-2');
    expect(firstFreeSlug('bauhof', ['bauhof', 'bauhof-2', 'bauhof-4'])).toBe('bauhof-3');
  });

  it('numbers a reserved word as if it were taken', () => {
    for (const word of ['new', 'mine', 'invitations']) {
      expect(isReservedSlug(word)).toBe(true);
      expect(firstFreeSlug(word, [])).toBe(`${word}-2`);
      expect(firstFreeSlug(word, [`${word}-2`])).toBe(`${word}-3`);
    }
    expect(isReservedSlug('new-2')).toBe(false);
    expect(firstFreeSlug('newsletter', [])).toBe('newsletter');
  });
});
