import { type Static, Type } from 'typebox';
import { AdoptionMode, ContentLicence, LanguageTag, SharedWith } from './content.ts';

/**
 * Sharing pages with other organisations and adopting theirs (src/server/features/content/sharing).
 */
const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ShareInput = Type.Object(
  {
    sharedWith: Nullable(SharedWith),
    licence: Type.Optional(ContentLicence),
  },
  { additionalProperties: false, description: 'sharedWith null stops sharing: linked copies become copies' },
);
export type ShareInput = Static<typeof ShareInput>;

export const AdoptInput = Type.Object(
  {
    organisationId: Uuid,
    mode: AdoptionMode,
    parentId: Type.Optional(Nullable(Uuid)),
    slug: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 80,
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        description: 'Default: the source’s',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AdoptInput = Static<typeof AdoptInput>;

export const LocalTextInput = Type.Object(
  {
    beforeHtml: Type.String({ maxLength: 20_000 }),
    afterHtml: Type.String({ maxLength: 20_000 }),
  },
  { additionalProperties: false },
);
export type LocalTextInput = Static<typeof LocalTextInput>;

export const ExchangeQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    leikaKey: Type.Optional(Type.String({ pattern: '^[0-9]{1,14}$', description: 'A LeiKa key or its beginning' })),
    language: Type.Optional(LanguageTag),
    organisationId: Type.Optional(Uuid),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type ExchangeQuery = Static<typeof ExchangeQuery>;

const Count = Type.Object({ value: Type.String(), label: Type.Optional(Type.String()), count: Type.Integer() });

const AdoptedByViewer = Nullable(Type.Object({ pageId: Uuid, mode: AdoptionMode }));

export const ExchangeItem = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  sourceLanguage: LanguageTag,
  languages: Type.Array(LanguageTag),
  tags: Type.Array(Type.String()),
  leikaKey: Nullable(Type.String()),
  licence: Nullable(ContentLicence),
  sharedWith: SharedWith,
  sharedAt: Nullable(Type.String()),
  words: Type.Integer({ description: 'Words of the source text' }),
  adoptions: Type.Integer(),
  adoptedByViewer: AdoptedByViewer,
});

export const ExchangeList = Type.Object({
  total: Type.Integer(),
  items: Type.Array(ExchangeItem),
  facets: Type.Object({
    tags: Type.Array(Count),
    languages: Type.Array(Count),
    organisations: Type.Array(Count),
  }),
});
export type ExchangeList = Static<typeof ExchangeList>;

export const ExchangePage = Type.Object({
  ...ExchangeItem.properties,
  contact: Nullable(Type.String()),
  texts: Type.Array(
    Type.Object({
      language: LanguageTag,
      number: Type.Integer(),
      title: Type.String(),
      bodyHtml: Type.String(),
      status: Nullable(Type.String()),
    }),
  ),
});
export type ExchangePage = Static<typeof ExchangePage>;

export const DiffPart = Type.Object({
  kind: Type.Union([Type.Literal('same'), Type.Literal('added'), Type.Literal('removed')]),
  text: Type.String(),
});

export const LinkChanges = Type.Array(
  Type.Object({
    id: Uuid,
    language: LanguageTag,
    fromNumber: Type.Integer(),
    toNumber: Type.Integer(),
    createdAt: Type.String(),
    title: Type.Array(DiffPart),
    body: Type.Array(DiffPart),
  }),
);

export const ChangeParams = Type.Object({ id: Uuid, changeId: Uuid });

export const Adoptions = Type.Array(
  Type.Object({
    organisationId: Uuid,
    organisationName: Type.String(),
    pageId: Uuid,
    mode: AdoptionMode,
    version: Type.Integer(),
    adoptedAt: Type.String(),
  }),
);

export const Savings = Type.Object({
  /** Words of the adopted translations (words × languages): what the organisation did not have to translate. */
  words: Type.Integer(),
  pages: Type.Integer(),
  byLanguage: Type.Array(Type.Object({ language: LanguageTag, words: Type.Integer() })),
  wordPriceCents: Nullable(Type.Integer()),
  /** words × price per word; null until a price is set. */
  amountCents: Nullable(Type.Integer()),
});
export type Savings = Static<typeof Savings>;

export const SettingsInput = Type.Object(
  { wordPriceCents: Nullable(Type.Integer({ minimum: 0, maximum: 100_000, description: 'Euro cents per word' })) },
  { additionalProperties: false },
);

export const PlatformSavings = Type.Object({
  words: Type.Integer(),
  /** Summed over the organisations that set a price per word. */
  amountCents: Type.Integer(),
  organisations: Type.Integer({ description: 'Organisations that adopted at least one page' }),
  adoptions: Type.Integer(),
});
export type PlatformSavings = Static<typeof PlatformSavings>;
