import type { PublicAttribution } from '../../../../shared/contracts/content-public.ts';
import type { PageRow } from '../queries.ts';

/** The licences pages are shared under: how they are named and where their text is. */
const LICENCES: Record<string, { name: string; url: string }> = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
  'DL-DE-BY-2.0': { name: 'Datenlizenz Deutschland – Namensnennung – 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de' },
};

/** Whom an adopted page (a copy or a live link) comes from and under which licence; null for a page of its own. */
export function attributionOf(page: PageRow): PublicAttribution | null {
  if (!page.adoptionMode) return null;
  const licence = page.adoptedLicence;
  const known = licence ? LICENCES[licence] : undefined;
  return {
    organisationId: page.adoptedFromOrganisationId,
    organisationName: page.adoptedFromOrganisationName ?? '',
    licence,
    licenceName: known?.name ?? licence,
    licenceUrl: known?.url ?? null,
  };
}
