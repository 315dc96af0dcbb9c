import { describe, expect, it } from 'vitest';
import { countWords } from './words.ts';

describe('countWords', () => {
  it('counts the words of title and text, not the markup', () => {
    expect(countWords('Wohnsitz anmelden', '<p>Bitte <strong>online</strong> einen Termin buchen.</p>')).toBe(7);
  });

  it('keeps hyphenated words and numbers whole and ignores punctuation', () => {
    expect(countWords('E-Mail', '<p>Öffnungszeiten: Mo–Fr, 8.30 Uhr – 12 Uhr!</p>')).toBe(8);
  });

  it('counts right-to-left scripts', () => {
    expect(countWords('تسجيل السكن', '<p>يرجى حجز موعد</p>')).toBe(5);
  });

  it('is zero for an empty page', () => {
    expect(countWords('', '<p> </p>')).toBe(0);
  });
});
