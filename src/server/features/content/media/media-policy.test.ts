import { describe, expect, it } from 'vitest';
import { mayEditMedia, mayHaveOriginal, maySeeMedia } from './media-policy.ts';

describe('who may do what with an image', () => {
  it('shows an unshared image to its organisation only, a shared one to everyone', () => {
    expect(maySeeMedia({ shared: false }, 'read')).toBe(true);
    expect(maySeeMedia({ shared: false }, 'edit')).toBe(true);
    expect(maySeeMedia({ shared: false }, null)).toBe(false);
    expect(maySeeMedia({ shared: true }, null)).toBe(true);
  });

  it('gives the original to the organisation’s members only', () => {
    expect(mayHaveOriginal('read')).toBe(true);
    expect(mayHaveOriginal('edit')).toBe(true);
    expect(mayHaveOriginal(null)).toBe(false);
  });

  it('lets only admins and editors change images', () => {
    expect(mayEditMedia('edit')).toBe(true);
    expect(mayEditMedia('read')).toBe(false);
    expect(mayEditMedia(null)).toBe(false);
  });
});
