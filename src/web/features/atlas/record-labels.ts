import type { TFunction } from 'i18next';

// Labels of the atlas code lists; the strings live under "atlas.codes" (kept by the search page).
// An unknown code (e.g. from an import made with a newer list) shows as itself.

export const sectorLabel = (t: TFunction, code: string) => t(`atlas.codes.sector.${code}`, { defaultValue: code });
export const sectorGroupLabel = (t: TFunction, code: string) =>
  t(`atlas.codes.group.${code.replace('.', '_')}`, { defaultValue: code });
export const fieldLabel = (t: TFunction, code: string) => t(`atlas.codes.field.${code}`, { defaultValue: code });
export const legalFormLabel = (t: TFunction, code: string) =>
  t(`atlas.codes.legalForm.${code}`, { defaultValue: code });
export const statusLabel = (t: TFunction, code: string) => t(`atlas.codes.status.${code}`, { defaultValue: code });
export const stateLabel = (t: TFunction, code: string) => t(`atlas.codes.recordState.${code}`, { defaultValue: code });
