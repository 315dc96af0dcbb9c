// The demo municipalities (AGS, as in accounts.ts) and whom citizens ask about their pages. Addresses and
// numbers are demo values: every office is at "Rathausplatz 1", every mail address ends in `.demo`.

export const SEEVETAL = '03353031';
export const NEU_WULMSTORF = '03353026';
export const LANDKREIS_HARBURG = '03353';
export const ARNSBERG = '05958004';
export const SOEST = '05974040';
export const DRESDEN = '14612000';
export const LEIPZIG = '14713000';
export const MAGDEBURG = '15003000';

const contact = (office: string, town: string, phone: string, mail: string) =>
  [office, `Rathausplatz 1, ${town}`, `Telefon ${phone}`, `E-Mail ${mail}`].join('\n');

export const SEEVETAL_BUERGERBUERO = contact(
  'Bürgerbüro Seevetal',
  '21218 Seevetal',
  '04105 000000',
  'buergerbuero@seevetal.demo',
);
export const HARBURG_ABFALL = contact(
  'Abfallwirtschaft Landkreis Harburg',
  '21423 Winsen (Luhe)',
  '04171 000000',
  'abfall@landkreis-harburg.demo',
);
export const ARNSBERG_STEUERAMT = contact(
  'Steueramt der Stadt Arnsberg',
  '59821 Arnsberg',
  '02932 000000',
  'hundesteuer@arnsberg.demo',
);
export const ARNSBERG_KITA = contact(
  'Jugendamt Arnsberg, Kita-Anmeldung',
  '59821 Arnsberg',
  '02932 000001',
  'kita@arnsberg.demo',
);
export const SOEST_STANDESAMT = contact('Standesamt Soest', '59494 Soest', '02921 000000', 'standesamt@soest.demo');
export const SOEST_WAHLAMT = contact('Wahlamt Soest', '59494 Soest', '02921 000001', 'wahlamt@soest.demo');
export const DRESDEN_GEWERBEAMT = contact(
  'Gewerbeamt Dresden',
  '01067 Dresden',
  '0351 000000',
  'gewerbeamt@dresden.demo',
);
export const DRESDEN_BUERGERBUERO = contact(
  'Bürgerbüro Dresden',
  '01067 Dresden',
  '0351 000001',
  'buergerbuero@dresden.demo',
);
export const LEIPZIG_WOHNGELD = contact(
  'Wohngeldstelle Leipzig',
  '04109 Leipzig',
  '0341 000000',
  'wohngeld@leipzig.demo',
);
export const LEIPZIG_BUERGERBUERO = contact(
  'Bürgerbüro Leipzig',
  '04109 Leipzig',
  '0341 000001',
  'buergerbuero@leipzig.demo',
);
export const MAGDEBURG_BUERGERBUERO = contact(
  'Bürgerbüro Magdeburg',
  '39104 Magdeburg',
  '0391 000000',
  'buergerbuero@magdeburg.demo',
);
