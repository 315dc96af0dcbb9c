/** Aufgabenfelder: the municipal task fields a cooperation works in (several per record). */
export const TASK_FIELDS = [
  { code: 'wasserversorgung', de: 'Wasserversorgung', en: 'Water supply' },
  { code: 'abwasser', de: 'Abwasserentsorgung', en: 'Waste water' },
  { code: 'abfall', de: 'Abfallwirtschaft', en: 'Waste management' },
  { code: 'breitband', de: 'Breitbandversorgung', en: 'Broadband' },
  { code: 'bauhof', de: 'Bauhof', en: 'Municipal works depot' },
  { code: 'feuerwehr', de: 'Feuerwehr', en: 'Fire service' },
  { code: 'standesamt', de: 'Standesamt', en: 'Registry office' },
  { code: 'beschaffung', de: 'Beschaffung', en: 'Procurement' },
  { code: 'edv', de: 'Verwaltung/EDV/E-Government', en: 'Administration, IT, e-government' },
  { code: 'tourismus', de: 'Tourismus', en: 'Tourism' },
  { code: 'jugendarbeit', de: 'Jugendarbeit', en: 'Youth work' },
  { code: 'schulen', de: 'Schulen', en: 'Schools' },
  { code: 'soziales', de: 'Soziales', en: 'Social services' },
  { code: 'wirtschaftsfoerderung', de: 'Wirtschaftsförderung', en: 'Economic development' },
  { code: 'klimaschutz', de: 'Klimaschutz/Energie', en: 'Climate protection, energy' },
  { code: 'mobilitaet', de: 'Mobilität', en: 'Mobility' },
  { code: 'personal', de: 'Personal', en: 'Human resources' },
  { code: 'finanzen', de: 'Finanzen', en: 'Finance' },
  { code: 'ordnung', de: 'Ordnungsamt', en: 'Public order office' },
  { code: 'bauaufsicht', de: 'Bauaufsicht und Planung', en: 'Building control and planning' },
  { code: 'gesundheit', de: 'Gesundheit', en: 'Health' },
  { code: 'kultur', de: 'Kultur und Sport', en: 'Culture and sport' },
] as const;

export type TaskField = (typeof TASK_FIELDS)[number]['code'];
export const TASK_FIELD_CODES: readonly string[] = TASK_FIELDS.map((f) => f.code);
