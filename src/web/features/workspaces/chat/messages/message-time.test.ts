import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../limits.ts';
import { fileSize } from './message-time.ts';

describe('fileSize', () => {
  it('says binary units, so the largest upload reads as the limit the texts name (25 MiB)', () => {
    expect(fileSize(512, 'de')).toBe('512 B');
    expect(fileSize(820 * 1024, 'de')).toBe('820 KiB');
    expect(fileSize(3.4 * 1024 * 1024, 'de')).toBe('3,4 MiB');
    expect(fileSize(3.4 * 1024 * 1024, 'en')).toBe('3.4 MiB');
    expect(fileSize(MAX_ATTACHMENT_BYTES, 'de')).toBe('25 MiB');
  });
});
