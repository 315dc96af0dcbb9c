/**
 * COFOG (Classification of the Functions of Government, UN/Eurostat): the ten divisions and their
 * groups, as sectors of a cooperation. Codes are stable; the web app labels them from these names.
 */
export interface CofogEntry {
  code: string;
  de: string;
  en: string;
}

export const COFOG_DIVISIONS: readonly CofogEntry[] = [
  { code: '01', de: 'Allgemeine öffentliche Verwaltung', en: 'General public services' },
  { code: '02', de: 'Verteidigung', en: 'Defence' },
  { code: '03', de: 'Öffentliche Ordnung und Sicherheit', en: 'Public order and safety' },
  { code: '04', de: 'Wirtschaftliche Angelegenheiten', en: 'Economic affairs' },
  { code: '05', de: 'Umweltschutz', en: 'Environmental protection' },
  { code: '06', de: 'Wohnungswesen und kommunale Einrichtungen', en: 'Housing and community amenities' },
  { code: '07', de: 'Gesundheitswesen', en: 'Health' },
  { code: '08', de: 'Freizeit, Sport, Kultur und Religion', en: 'Recreation, culture and religion' },
  { code: '09', de: 'Bildungswesen', en: 'Education' },
  { code: '10', de: 'Soziale Sicherung', en: 'Social protection' },
];

export const COFOG_GROUPS: readonly CofogEntry[] = [
  {
    code: '01.1',
    de: 'Exekutiv- und Legislativorgane, Finanz- und Steuerwesen',
    en: 'Executive and legislative organs, financial and fiscal affairs',
  },
  { code: '01.3', de: 'Allgemeine Dienste', en: 'General services' },
  { code: '01.6', de: 'Allgemeine öffentliche Verwaltung, a. n. g.', en: 'General public services n.e.c.' },
  { code: '01.8', de: 'Transfers zwischen Verwaltungsebenen', en: 'Transfers between levels of government' },
  { code: '02.2', de: 'Zivile Verteidigung', en: 'Civil defence' },
  { code: '03.1', de: 'Polizei', en: 'Police services' },
  { code: '03.2', de: 'Feuerwehr', en: 'Fire-protection services' },
  { code: '03.3', de: 'Gerichte', en: 'Law courts' },
  { code: '03.6', de: 'Öffentliche Ordnung und Sicherheit, a. n. g.', en: 'Public order and safety n.e.c.' },
  {
    code: '04.1',
    de: 'Allgemeine Wirtschafts- und Arbeitsmarktangelegenheiten',
    en: 'General economic, commercial and labour affairs',
  },
  {
    code: '04.2',
    de: 'Land- und Forstwirtschaft, Fischerei und Jagd',
    en: 'Agriculture, forestry, fishing and hunting',
  },
  { code: '04.3', de: 'Brennstoffe und Energie', en: 'Fuel and energy' },
  { code: '04.5', de: 'Verkehr', en: 'Transport' },
  { code: '04.6', de: 'Nachrichtenübermittlung (Breitband, Telekommunikation)', en: 'Communication' },
  { code: '04.7', de: 'Andere Wirtschaftsbereiche (u. a. Tourismus)', en: 'Other industries (incl. tourism)' },
  { code: '05.1', de: 'Abfallwirtschaft', en: 'Waste management' },
  { code: '05.2', de: 'Abwasserwirtschaft', en: 'Waste water management' },
  { code: '05.3', de: 'Beseitigung von Umweltverunreinigungen', en: 'Pollution abatement' },
  { code: '05.4', de: 'Arten- und Landschaftsschutz', en: 'Protection of biodiversity and landscape' },
  {
    code: '05.6',
    de: 'Umweltschutz, a. n. g. (u. a. Klimaschutz)',
    en: 'Environmental protection n.e.c. (incl. climate)',
  },
  { code: '06.1', de: 'Wohnungswesen', en: 'Housing development' },
  { code: '06.2', de: 'Raumordnung und Stadtentwicklung', en: 'Community development' },
  { code: '06.3', de: 'Wasserversorgung', en: 'Water supply' },
  { code: '06.4', de: 'Straßenbeleuchtung', en: 'Street lighting' },
  { code: '07.2', de: 'Ambulante Versorgung', en: 'Outpatient services' },
  { code: '07.3', de: 'Krankenhäuser', en: 'Hospital services' },
  { code: '07.4', de: 'Öffentlicher Gesundheitsdienst', en: 'Public health services' },
  { code: '08.1', de: 'Freizeit und Sport', en: 'Recreational and sporting services' },
  { code: '08.2', de: 'Kultur', en: 'Cultural services' },
  { code: '08.3', de: 'Rundfunk und Verlagswesen', en: 'Broadcasting and publishing services' },
  { code: '09.1', de: 'Elementar- und Primarbereich', en: 'Pre-primary and primary education' },
  { code: '09.2', de: 'Sekundarbereich', en: 'Secondary education' },
  {
    code: '09.5',
    de: 'Nicht einer Stufe zuzuordnende Bildung (u. a. Volkshochschulen)',
    en: 'Education not definable by level',
  },
  {
    code: '09.6',
    de: 'Hilfsdienste für das Bildungswesen (u. a. Schülerbeförderung)',
    en: 'Subsidiary services to education',
  },
  { code: '10.1', de: 'Krankheit und Erwerbsunfähigkeit', en: 'Sickness and disability' },
  { code: '10.2', de: 'Alter', en: 'Old age' },
  { code: '10.4', de: 'Familie und Kinder', en: 'Family and children' },
  { code: '10.5', de: 'Arbeitslosigkeit', en: 'Unemployment' },
  { code: '10.6', de: 'Wohnraum', en: 'Housing' },
  { code: '10.7', de: 'Soziale Ausgrenzung, a. n. g.', en: 'Social exclusion n.e.c.' },
];

export const SECTOR_CODES = COFOG_DIVISIONS.map((d) => d.code);
export const SECTOR_GROUP_CODES = COFOG_GROUPS.map((g) => g.code);

/** The division a group belongs to: "03.2" → "03". */
export function divisionOfGroup(group: string): string {
  return group.slice(0, 2);
}

/** Colours of the map markers per division: distinct, and readable against the light base map. */
export const SECTOR_COLOURS: Readonly<Record<string, string>> = {
  '01': '#1f4e8c',
  '02': '#5b5b5b',
  '03': '#b3261e',
  '04': '#8a5a00',
  '05': '#2e7d32',
  '06': '#00695c',
  '07': '#ad1457',
  '08': '#6a1b9a',
  '09': '#e65100',
  '10': '#283593',
};
