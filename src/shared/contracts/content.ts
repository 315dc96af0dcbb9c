import { type Static, Type } from 'typebox';

/**
 * Pages of citizen information that an organisation writes and translates (src/server/features/content).
 */
export const CONTENT_LIMITS = {
  title: 200,
  /** Characters of one language's HTML as sent by the editor. */
  html: 200_000,
  slug: 80,
  tag: 40,
  tags: 20,
  leikaKey: 14,
  contact: 1000,
} as const;

export const LanguageTag = Type.String({
  minLength: 2,
  maxLength: 35,
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
  description: 'BCP 47 language tag, e.g. de, en, ar, uk, fa, tr; Leichte Sprache: de-x-ls',
});

const Slug = Type.String({
  minLength: 1,
  maxLength: CONTENT_LIMITS.slug,
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  description: 'Part of the public address: lower-case letters, digits, hyphens',
});

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });

export const PageParams = Type.Object({ id: Uuid });
export const PageLanguageParams = Type.Object({ id: Uuid, language: LanguageTag });
export const OrganisationParams = Type.Object({ id: Uuid });

const TextInput = {
  title: Type.String({ minLength: 1, maxLength: CONTENT_LIMITS.title }),
  bodyHtml: Type.String({ maxLength: CONTENT_LIMITS.html, description: 'HTML; sanitised on save' }),
  draft: Type.Optional(Type.Boolean({ default: false, description: 'Save without publishing' })),
};

export const CreatePageInput = Type.Object(
  {
    organisationId: Uuid,
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    slug: Slug,
    sourceLanguage: Type.Optional(LanguageTag),
    leikaKey: Type.Optional(
      Type.Union([Type.String({ pattern: '^[0-9]{14}$', description: 'LeiKa key (14 digits)' }), Type.Null()]),
    ),
    tags: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: CONTENT_LIMITS.tag }), { maxItems: CONTENT_LIMITS.tags }),
    ),
    validUntil: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    contact: Type.Optional(
      Type.Union([
        Type.String({ maxLength: CONTENT_LIMITS.contact, description: 'Whom to ask (plain text)' }),
        Type.Null(),
      ]),
    ),
    ...TextInput,
  },
  { additionalProperties: false },
);
export type CreatePageInput = Static<typeof CreatePageInput>;

export const SaveVersionInput = Type.Object(
  {
    ...TextInput,
    minor: Type.Optional(
      Type.Boolean({ default: false, description: 'A small correction: translations stay up to date' }),
    ),
    basisLanguage: Type.Optional(
      Type.Union([LanguageTag, Type.Null()], {
        description: 'For a translation: the language it is made from (default: the source language)',
      }),
    ),
    machine: Type.Optional(
      Type.Boolean({ default: false, description: 'A machine translation, marked until a person reviews it' }),
    ),
  },
  { additionalProperties: false },
);
export type SaveVersionInput = Static<typeof SaveVersionInput>;

export const TranslationStatus = Type.Union([
  Type.Literal('missing'),
  Type.Literal('in-translation'),
  Type.Literal('outdated'),
  Type.Literal('machine'),
  Type.Literal('current'),
]);

export const SharedWith = Type.Union([Type.Literal('platform'), Type.Literal('alliances')], {
  description: 'platform: every organisation on the platform; alliances: the organisations of its alliances',
});
export type SharedWith = Static<typeof SharedWith>;

export const CONTENT_LICENCES = ['CC-BY-4.0', 'DL-DE-BY-2.0', 'CC0-1.0'] as const;
export const ContentLicence = Type.Union(
  [Type.Literal('CC-BY-4.0'), Type.Literal('DL-DE-BY-2.0'), Type.Literal('CC0-1.0')],
  { description: 'The licence others adopt the page under; it is shown with the source on every adopted page' },
);
export type ContentLicence = (typeof CONTENT_LICENCES)[number];

export const AdoptionMode = Type.Union([Type.Literal('copy'), Type.Literal('link')], {
  description: 'copy: the adopter’s own page from then on; link: shows the source’s current text',
});
export type AdoptionMode = Static<typeof AdoptionMode>;

const Adoption = Type.Object({
  mode: AdoptionMode,
  /** Null once the source page is gone (a copy keeps its text). */
  sourcePageId: Type.Union([Type.String(), Type.Null()]),
  sourceOrganisationId: Type.Union([Type.String(), Type.Null()]),
  sourceOrganisationName: Type.String(),
  /** The source language's version when adopted. */
  version: Type.Integer(),
  licence: Type.Union([ContentLicence, Type.Null()]),
  /** Linked pages: changes of the source not yet taken over, per language. */
  pendingChanges: Type.Array(
    Type.Object({ id: Type.String(), language: LanguageTag, fromNumber: Type.Integer(), toNumber: Type.Integer() }),
  ),
});

const LanguageText = Type.Object({
  language: LanguageTag,
  /** The published text; null when the language has only drafts. */
  published: Type.Union([
    Type.Object({ number: Type.Integer(), title: Type.String(), bodyHtml: Type.String(), createdAt: Type.String() }),
    Type.Null(),
  ]),
  /** A draft saved after the published text, for the organisation's editors. */
  draft: Type.Union([
    Type.Object({ number: Type.Integer(), title: Type.String(), bodyHtml: Type.String(), createdAt: Type.String() }),
    Type.Null(),
  ]),
  /** Null for the source language. */
  status: Type.Union([TranslationStatus, Type.Null()]),
  basis: Type.Union([Type.Object({ language: LanguageTag, number: Type.Integer() }), Type.Null()]),
  /** Linked pages: the page's own text before and after the source's (address, opening hours). */
  local: Type.Optional(Type.Object({ beforeHtml: Type.String(), afterHtml: Type.String() })),
  /** Linked pages: the source's version shown while a change waits to be taken over. */
  pinned: Type.Optional(Type.Boolean()),
});

export const ContentPage = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  parentId: Type.Union([Uuid, Type.Null()]),
  slug: Type.String(),
  sourceLanguage: LanguageTag,
  leikaKey: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  validUntil: Type.Union([Type.String(), Type.Null()]),
  contact: Type.Union([Type.String(), Type.Null()]),
  languages: Type.Array(LanguageText),
  /** Whether and how the page is offered to other organisations. */
  sharing: Type.Object({
    sharedWith: Type.Union([SharedWith, Type.Null()]),
    licence: Type.Union([ContentLicence, Type.Null()]),
    sharedAt: Type.Union([Type.String(), Type.Null()]),
  }),
  /** Where an adopted page comes from; null for the organisation's own pages. */
  adoption: Type.Union([Adoption, Type.Null()]),
  viewer: Type.Object({ canEdit: Type.Boolean() }),
});
export type ContentPage = Static<typeof ContentPage>;

export const ContentVersion = Type.Object({
  number: Type.Integer(),
  language: LanguageTag,
  title: Type.String(),
  minor: Type.Boolean(),
  draft: Type.Boolean(),
  origin: Type.String(),
  reviewed: Type.Boolean(),
  basis: Type.Union([Type.Object({ language: LanguageTag, number: Type.Integer() }), Type.Null()]),
  authorName: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export const ContentVersions = Type.Array(ContentVersion);
export const VersionsQuery = Type.Object({ language: Type.Optional(LanguageTag) }, { additionalProperties: false });

/** The organisation's pages by language: what to translate. */
export const StatusMatrix = Type.Object({
  languages: Type.Array(LanguageTag),
  pages: Type.Array(
    Type.Object({
      id: Uuid,
      slug: Type.String(),
      title: Type.String(),
      sourceLanguage: LanguageTag,
      /** Adopted from another organisation, as a copy or as a live link (which no XLIFF export takes); null for its own pages. */
      adoptionMode: Type.Union([AdoptionMode, Type.Null()]),
      statuses: Type.Record(Type.String(), Type.Union([TranslationStatus, Type.Literal('source')])),
    }),
  ),
});
export type StatusMatrix = Static<typeof StatusMatrix>;
