import type { TFunction } from 'i18next';
import { LAND_CODES } from '../../../shared/laender.ts';

export function landLabel(t: TFunction, code: string | null | undefined, fallback?: string | null): string {
  if (!code) return fallback ?? '';
  return t(`laender.${code}`, { defaultValue: fallback ?? code });
}

/** The Länder as select options, sorted by name in the current language. */
export function landOptions(t: TFunction) {
  return LAND_CODES.map((code) => ({ value: code, label: landLabel(t, code) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
}
