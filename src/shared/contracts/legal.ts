import { type Static, Type } from 'typebox';

/**
 * The legal pages the operator of an installation writes (see src/server/features/legal): Impressum
 * (DDG § 5), privacy statement (DSGVO Art. 13) and accessibility statement (BITV 2.0 § 7). The page in
 * Leichte Sprache (BITV 2.0 § 4) describes the platform itself and ships with it.
 */
export const LEGAL_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit'] as const;
export type LegalPageName = (typeof LEGAL_PAGES)[number];

export const LEGAL_LIMITS = {
  /** Characters of one language's HTML as sent by the editor. */
  html: 100_000,
  name: 300,
  address: 500,
  phone: 60,
  email: 254,
  website: 500,
} as const;

export const LegalPageParam = Type.Union(
  [Type.Literal('impressum'), Type.Literal('datenschutz'), Type.Literal('barrierefreiheit')],
  { description: 'impressum, datenschutz or barrierefreiheit' },
);
export const LegalPageParams = Type.Object({ page: LegalPageParam });

const Html = Type.String({ maxLength: LEGAL_LIMITS.html, description: 'HTML; sanitised on save' });
/** An e-mail address, or '' for none. */
const OptionalEmail = Type.Union([Type.String({ format: 'email', maxLength: LEGAL_LIMITS.email }), Type.Literal('')]);
const Phone = Type.String({ maxLength: LEGAL_LIMITS.phone, pattern: '^[0-9+()/. -]*$' });

/** The Schlichtungsstelle (arbitration board) readers may turn to, BITV 2.0 § 7 with BGG § 16. */
export const Arbitration = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: LEGAL_LIMITS.name }),
    address: Type.String({ maxLength: LEGAL_LIMITS.address, description: 'Postal address, lines separated by \\n' }),
    phone: Phone,
    email: OptionalEmail,
    website: Type.String({ maxLength: LEGAL_LIMITS.website, pattern: '^(https?://[^\\s]+)?$' }),
  },
  { additionalProperties: false },
);
export type Arbitration = Static<typeof Arbitration>;

/**
 * The federal Schlichtungsstelle nach § 16 BGG, shown until the operator names another (a body of a
 * Land or a Kommune usually names the Land's own Schlichtungs- or Durchsetzungsstelle).
 */
export const FEDERAL_ARBITRATION: Arbitration = {
  name: 'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
  address: 'Mauerstraße 53\n10117 Berlin',
  phone: '030 18 527-2805',
  email: 'info@schlichtungsstelle-bgg.de',
  website: 'https://www.schlichtungsstelle-bgg.de',
};

/** The accessibility statement's contact parts, as the operator enters them. */
export const AccessibilityInput = Type.Object(
  {
    /** Where readers report barriers (shown as a mailto link). */
    feedbackEmail: OptionalEmail,
    feedbackPhone: Phone,
    arbitration: Arbitration,
  },
  { additionalProperties: false },
);
export type AccessibilityInput = Static<typeof AccessibilityInput>;

/** `PUT /api/legal/:page`: both languages ('' for none); `accessibility` for barrierefreiheit only, and there required. */
export const LegalPageInput = Type.Object(
  { de: Html, en: Html, accessibility: Type.Optional(AccessibilityInput) },
  { additionalProperties: false },
);
export type LegalPageInput = Static<typeof LegalPageInput>;

export const LegalPage = Type.Object({
  page: LegalPageParam,
  /** Whether the operator filled the page in: German text (and, for barrierefreiheit, a feedback address). */
  filled: Type.Boolean(),
  /** Sanitised HTML per language, '' where the operator wrote none. */
  texts: Type.Object({ de: Type.String(), en: Type.String() }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  accessibility: Type.Union([
    Type.Object({
      feedbackEmail: Type.String(),
      feedbackPhone: Type.String(),
      arbitration: Arbitration,
      /** True while the operator has not named another Schlichtungsstelle than the federal one. */
      arbitrationIsDefault: Type.Boolean(),
    }),
    Type.Null(),
  ]),
});
export type LegalPage = Static<typeof LegalPage>;

/** `GET /api/legal`: which pages the operator has filled in, e.g. for reminders. */
export const LegalStatus = Type.Object({
  /** True when every page is filled. */
  complete: Type.Boolean(),
  pages: Type.Array(
    Type.Object({
      page: LegalPageParam,
      filled: Type.Boolean(),
      /** The languages with text. */
      languages: Type.Array(Type.Union([Type.Literal('de'), Type.Literal('en')])),
      updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
  ),
});
export type LegalStatus = Static<typeof LegalStatus>;
