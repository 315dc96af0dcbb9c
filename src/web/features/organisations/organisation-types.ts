import type { TFunction } from 'i18next';

export { DIRECTORY_TYPES, MANUAL_TYPES, ORGANISATION_TYPES } from '../../../shared/organisation-types.ts';

export function organisationTypeLabel(t: TFunction, type: string): string {
  return t(`organisationTypes.${type}`, { defaultValue: type });
}
