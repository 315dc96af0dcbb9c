/** The 16 Länder by their two-digit code, the first two digits of every AGS and ARS. */
export const LAENDER = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
} as const;

export type LandCode = keyof typeof LAENDER;

export const LAND_CODES = Object.keys(LAENDER) as LandCode[];

export function isLandCode(code: string): code is LandCode {
  return Object.hasOwn(LAENDER, code);
}

/** The Land's name, or null for codes outside 01–16. */
export function landName(code: string | null | undefined): string | null {
  return code && isLandCode(code) ? LAENDER[code] : null;
}
