import type { TFunction } from 'i18next';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { landLabel } from './laender.ts';
import { organisationTypeLabel } from './organisation-types.ts';

/** "Gemeinde · Landkreis Harburg · Niedersachsen": tells apart the many places with the same name. */
export function describeOrganisation(t: TFunction, organisation: OrganisationSummary): string {
  return [
    organisationTypeLabel(t, organisation.type),
    organisation.kreisName,
    landLabel(t, organisation.landCode, organisation.landName),
  ]
    .filter(Boolean)
    .join(' · ');
}
