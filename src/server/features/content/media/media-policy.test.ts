import { describe, expect, it } from 'vitest';
import { mayEditMedia, mayHaveOriginal, maySeeMedia } from './media-policy.ts';

describe('who may do what with an image', () => {
  const own = { shared: false, publishedAt: null };
  it('shows an image neither shared nor published to its organisation only, a shared one to everyone', () => {
    expect(maySeeMedia(own, 'read')).toBe(true);
    expect(maySeeMedia(own, 'edit')).toBe(true);
    expect(maySeeMedia(own, null)).toBe(false);
    expect(maySeeMedia({ shared: true, publishedAt: null }, null)).toBe(true);
  });

  it('shows an image that a published page shows to everyone, shared or not', () => {
    expect(maySeeMedia({ shared: false, publishedAt: new Date() }, null)).toBe(true);
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
