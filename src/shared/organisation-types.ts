/**
 * Kinds of organisation. The directory (official reference data) provides the municipal ones;
 * platform administrators add the others. The web app labels each code in German and English.
 */
export const DIRECTORY_TYPES = [
  'land',
  'landkreis',
  'kreis',
  'kreisfreie-stadt',
  'stadt',
  'gemeinde',
  'markt',
] as const;

/** Types an administrator may give an organisation that is not in the directory. */
export const MANUAL_TYPES = [
  'verwaltungsgemeinschaft',
  'zweckverband',
  'it-dienstleister',
  'verband',
  'landesbehoerde',
  'sonstige',
] as const;

export const ORGANISATION_TYPES = [...DIRECTORY_TYPES, ...MANUAL_TYPES] as const;

export type DirectoryType = (typeof DIRECTORY_TYPES)[number];
export type ManualType = (typeof MANUAL_TYPES)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Kreis-level types: what a Gemeinde's parent Kreis is. */
export const KREIS_TYPES: readonly OrganisationType[] = ['landkreis', 'kreis'];

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isManualType(value: string): value is ManualType {
  return (MANUAL_TYPES as readonly string[]).includes(value);
}

/**
 * Maps the BEZ (Bezeichnung) of the BKG VG250 data to a type code; null for areas that are no
 * organisation (gemeindefreie Gebiete). Stadtkreis is Baden-Württemberg's word for a kreisfreie Stadt.
 */
export function typeFromVg250(bez: string): DirectoryType | null {
  switch (bez) {
    case 'Land':
    case 'Freistaat':
    case 'Freie Hansestadt':
    case 'Freie und Hansestadt':
      return 'land';
    case 'Landkreis':
      return 'landkreis';
    case 'Kreis':
      return 'kreis';
    case 'Kreisfreie Stadt':
    case 'Stadtkreis':
      return 'kreisfreie-stadt';
    case 'Stadt':
      return 'stadt';
    case 'Gemeinde':
      return 'gemeinde';
    case 'Markt':
      return 'markt';
    default:
      return null;
  }
}
