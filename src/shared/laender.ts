/** The 16 Länder by their two-digit code, the first two digits of every AGS and ARS, in code order. */
export const LAENDER_LIST = [
  { code: '01', name: 'Schleswig-Holstein' },
  { code: '02', name: 'Hamburg' },
  { code: '03', name: 'Niedersachsen' },
  { code: '04', name: 'Bremen' },
  { code: '05', name: 'Nordrhein-Westfalen' },
  { code: '06', name: 'Hessen' },
  { code: '07', name: 'Rheinland-Pfalz' },
  { code: '08', name: 'Baden-Württemberg' },
  { code: '09', name: 'Bayern' },
  { code: '10', name: 'Saarland' },
  { code: '11', name: 'Berlin' },
  { code: '12', name: 'Brandenburg' },
  { code: '13', name: 'Mecklenburg-Vorpommern' },
  { code: '14', name: 'Sachsen' },
  { code: '15', name: 'Sachsen-Anhalt' },
  { code: '16', name: 'Thüringen' },
] as const;

export type LandCode = (typeof LAENDER_LIST)[number]['code'];

/** Code → name. (Iterate LAENDER_LIST for code order: object keys 10–16 would come before 01–09.) */
export const LAENDER = Object.fromEntries(LAENDER_LIST.map((l) => [l.code, l.name])) as Record<LandCode, string>;

export const LAND_CODES: LandCode[] = LAENDER_LIST.map((l) => l.code);

export function isLandCode(code: string): code is LandCode {
  return Object.hasOwn(LAENDER, code);
}

/** The Land's name, or null for codes outside 01–16. */
export function landName(code: string | null | undefined): string | null {
  return code && isLandCode(code) ? LAENDER[code] : null;
}
