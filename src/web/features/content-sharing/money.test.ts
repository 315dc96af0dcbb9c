import { describe, expect, it } from 'vitest';
import { centsForInput, formatEuros, parseEuros } from './money.ts';

describe('money', () => {
  it('writes euro amounts as the interface language does', () => {
    expect(formatEuros(123_450, 'de')).toBe('1.234,50\u00a0€');
    expect(formatEuros(180, 'en')).toBe('€1.80');
  });

  it('reads a price per word typed with a comma or a point, and refuses what is no price', () => {
    expect(parseEuros('0,20')).toBe(20);
    expect(parseEuros(' 0.2 € ')).toBe(20);
    expect(parseEuros('1,5')).toBe(150);
    expect(parseEuros('3')).toBe(300);
    expect(parseEuros('')).toBeNull();
    for (const wrong of ['0,125', '-1', 'zwanzig', '1.000,00', '2000']) expect(parseEuros(wrong)).toBeUndefined();
  });

  it('shows a stored price in the field as it would be typed', () => {
    expect(centsForInput(20, 'de')).toBe('0,20');
    expect(centsForInput(1500, 'en')).toBe('15.00');
    expect(centsForInput(null, 'de')).toBe('');
  });
});
