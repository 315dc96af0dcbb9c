import { formatNumber } from '../../i18n/number-format.ts';
import type { DocumentLock, SpaceUsage } from './document-types.ts';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size as people read it: "980 B", "1,4 MB" (1 KB = 1,024 B, as the file managers count). */
export function formatBytes(bytes: number, language: string | undefined): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, language, { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

/** How full a space is, 0–100 (rounded down, so a not quite full space never shows 100); null without a limit. */
export function usagePercent(usage: SpaceUsage): number | null {
  if (usage.quotaBytes === null) return null;
  if (usage.quotaBytes <= 0) return 100;
  return Math.min(100, Math.floor((usage.usedBytes / usage.quotaBytes) * 100));
}

/** The time a lock ends: the hour alone today, with the date otherwise. */
export function lockUntil(lock: DocumentLock, language: string | undefined, now = new Date()): string {
  const end = new Date(lock.expiresAt);
  const locale = language?.startsWith('en') ? 'en-GB' : 'de-DE';
  const sameDay = end.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(end);
}

/** Tags as typed in one field, split at commas: trimmed, without empties and repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
