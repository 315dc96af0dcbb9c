/** Rechts- und Organisationsformen of inter-municipal cooperation. */
export const LEGAL_FORMS = [
  {
    code: 'zweckvereinbarung',
    de: 'Öffentlich-rechtliche Vereinbarung / Zweckvereinbarung',
    en: 'Public-law agreement',
  },
  { code: 'verwaltungsvereinbarung', de: 'Verwaltungsvereinbarung', en: 'Administrative agreement' },
  { code: 'arbeitsgemeinschaft', de: 'Arbeitsgemeinschaft', en: 'Working group (Arbeitsgemeinschaft)' },
  { code: 'zweckverband', de: 'Zweckverband', en: 'Special-purpose association (Zweckverband)' },
  {
    code: 'aoer',
    de: 'Gemeinsames Kommunalunternehmen (AöR)',
    en: 'Joint municipal enterprise (public-law institution)',
  },
  { code: 'gesellschaft', de: 'Privatrechtliche Gesellschaft', en: 'Private-law company' },
  { code: 'verein', de: 'Verein', en: 'Registered association' },
  { code: 'informell', de: 'Informelle Kooperation', en: 'Informal cooperation' },
  { code: 'sonstige', de: 'Sonstige', en: 'Other' },
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number]['code'];
export const LEGAL_FORM_CODES: readonly string[] = LEGAL_FORMS.map((f) => f.code);
