import { describe, expect, it } from 'vitest';
import { thresholdCheck } from '../purchases/thresholds.ts';
import { checkCpvCode, cpvGroupOf, searchCpv } from './cpv-list.ts';

describe('CPV 2008 list', () => {
  it('holds the 45 divisions, marked partial', () => {
    const list = searchCpv(undefined);
    expect(list.partial).toBe(true);
    expect(list.codes).toHaveLength(45);
    expect(list.codes.every((c) => /^[0-9]{2}000000-[0-9]$/.test(c.code))).toBe(true);
  });

  it('checks format, division and (for listed codes) the check digit', () => {
    expect(checkCpvCode('30000000-9')).toMatchObject({ verified: true, en: expect.stringContaining('computing') });
    expect(checkCpvCode('30000000-8')).toBeNull();
    expect(checkCpvCode('30213100-6')).toMatchObject({ verified: false });
    expect(checkCpvCode('99000000-1')).toBeNull();
    expect(checkCpvCode('30213100')).toBeNull();
    expect(cpvGroupOf('30213100-6')).toBe('302');
  });

  it('finds codes by German or English words', () => {
    expect(searchCpv('bauarbeiten').codes.map((c) => c.code)).toEqual(['45000000-7']);
    expect(searchCpv('software').codes.map((c) => c.code)).toContain('48000000-8');
  });
});

describe('EU thresholds 2026–2027', () => {
  const at = new Date('2026-12-07T12:00:00Z');
  it('takes sub-central, central and works values', () => {
    expect(thresholdCheck(21_600_000, 'supplies', 'sub-central', at)).toMatchObject({
      thresholdCents: 21_600_000,
      above: true,
    });
    expect(thresholdCheck(21_599_999, 'services', 'sub-central', at).above).toBe(false);
    expect(thresholdCheck(0, 'services', 'central', at).thresholdCents).toBe(14_000_000);
    expect(thresholdCheck(0, 'works', 'central', at).thresholdCents).toBe(540_400_000);
  });
});
