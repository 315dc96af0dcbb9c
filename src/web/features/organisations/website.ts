import type { TFunction } from 'i18next';

/** Optional web address: empty, or an http(s) URL. */
export function checkWebsite(t: TFunction, website: string): string | undefined {
  const value = website.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {
    // fall through
  }
  return t('validation.url');
}
