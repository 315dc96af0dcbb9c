import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { directionOf, isLanguageTag, languageName, normaliseLanguageTag, orderLanguages } from './languages.ts';

describe('language tags', () => {
  it('accepts what the API accepts and refuses the rest', () => {
    for (const tag of ['de', 'en', 'de-x-ls', 'sr-Latn', 'pt-BR', 'ckb']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['', 'd', 'deutsch', 'de_DE', 'de-', '-de', 'de-toolongsubtag', 'ar x']) {
      expect(isLanguageTag(tag), tag).toBe(false);
    }
  });

  it('spells a typed tag the way it is stored, so the same language never gets two tabs', () => {
    expect(normaliseLanguageTag(' PT_br ')).toBe('pt-BR');
    expect(normaliseLanguageTag('SR-latn')).toBe('sr-Latn');
    expect(normaliseLanguageTag('DE-X-LS')).toBe('de-x-ls');
    expect(normaliseLanguageTag('es-419')).toBe('es-419');
  });

  it('edits Arabic, Persian and Arabic-script tags right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar-SY')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('pa-Arab')).toBe('rtl');
    expect(directionOf('az-Latn')).toBe('ltr');
    expect(directionOf('de-x-ls')).toBe('ltr');
    expect(directionOf('uk')).toBe('ltr');
    expect(directionOf('tr')).toBe('ltr');
  });
});

describe('language names', () => {
  const own: Record<string, string> = {
    'content.languages.de-x-ls': 'Leichte Sprache',
    'content.languages.en': 'Englisch',
  };
  const t = ((key: string) => own[key] ?? '') as unknown as TFunction;

  it('names the offered languages in our words and others by the browser, with their tag', () => {
    expect(languageName(t, 'de-x-ls', 'de')).toBe('Leichte Sprache');
    expect(languageName(t, 'en', 'de')).toBe('Englisch');
    expect(languageName(t, 'so', 'de')).toBe('Somali (so)');
  });

  it('shows a tag nobody can name as it was typed', () => {
    expect(languageName(t, 'qaa', 'de')).toBe('qaa');
  });
});

describe('language order', () => {
  it('puts the source first, then the offered languages in their order, then the rest by tag', () => {
    expect(orderLanguages('de', ['so', 'en', 'ar', 'de', 'de-x-ls', 'am'])).toEqual([
      'de',
      'en',
      'de-x-ls',
      'ar',
      'am',
      'so',
    ]);
    expect(orderLanguages('en', ['de', 'en'])).toEqual(['en', 'de']);
  });
});
