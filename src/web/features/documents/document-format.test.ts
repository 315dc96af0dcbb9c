import { describe, expect, it } from 'vitest';
import { formatBytes, lockUntil, parseTags, usagePercent } from './document-format.ts';

describe('document formats', () => {
  it('writes sizes in the interface language', () => {
    expect(formatBytes(0, 'de')).toBe('0 B');
    expect(formatBytes(980, 'de')).toBe('980 B');
    expect(formatBytes(1536, 'de')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(150 * 1024 * 1024, 'de')).toBe('150 MB');
    expect(formatBytes(5 * 1024 ** 4, 'de')).toBe('5 TB');
  });

  it('says how full a space is, without a limit not at all', () => {
    expect(usagePercent({ usedBytes: 5, quotaBytes: null })).toBeNull();
    expect(usagePercent({ usedBytes: 999, quotaBytes: 1000 })).toBe(99);
    expect(usagePercent({ usedBytes: 2000, quotaBytes: 1000 })).toBe(100);
    expect(usagePercent({ usedBytes: 0, quotaBytes: 0 })).toBe(100);
  });

  it('names the end of a lock by its hour today and with its date otherwise', () => {
    const lock = {
      owner: { id: 'p', name: 'Anna Beispiel' },
      via: 'web' as const,
      ownerNote: '',
      createdAt: '2026-12-07T12:30:00',
      expiresAt: '2026-12-07T14:30:00',
      mine: false,
    };
    expect(lockUntil(lock, 'de', new Date('2026-12-07T13:00:00'))).toBe('14:30');
    expect(lockUntil(lock, 'de', new Date('2026-12-06T13:00:00'))).toBe('07.12.2026, 14:30');
  });

  it('reads tags from one field', () => {
    expect(parseTags(' Haushalt, Satzung ,,Haushalt ')).toEqual(['Haushalt', 'Satzung']);
  });
});
