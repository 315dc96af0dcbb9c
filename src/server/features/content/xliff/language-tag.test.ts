import { describe, expect, it } from 'vitest';
import { isWellFormedLanguageTag } from './language-tag.ts';

describe('isWellFormedLanguageTag', () => {
  it('accepts BCP 47 tags, Leichte Sprache as German with a private-use subtag among them', () => {
    for (const tag of [
      'de',
      'ar',
      'en',
      'de-DE',
      'zh-Hant-TW',
      'sr-Latn',
      'de-CH-1901',
      'de-x-ls',
      'de-x-leichte',
      'es-419',
      'x-klingon',
    ]) {
      expect(isWellFormedLanguageTag(tag), tag).toBe(true);
    }
  });

  it('refuses what is no language tag', () => {
    for (const tag of [
      '',
      'de_DE',
      'de-',
      '-de',
      'de x',
      'de-x-leichtesprache',
      'x',
      'de-x',
      '<script>',
      'd',
      'de-DE-',
    ]) {
      expect(isWellFormedLanguageTag(tag), tag).toBe(false);
    }
  });
});
