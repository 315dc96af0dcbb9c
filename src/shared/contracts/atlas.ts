import { type Static, Type } from 'typebox';
import { ATLAS_LIMITS } from '../atlas/states.ts';
import { OrganisationSummary } from './organisations.ts';

/**
 * The shapes of the Kooperationsatlas API (src/server/features/atlas). The server validates and
 * serialises with these schemas; the web app reads the same types.
 */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Year = Type.Integer({ minimum: ATLAS_LIMITS.yearMin, maximum: 2100 });
const Amount = Type.Integer({ minimum: 0, maximum: 1e12 });

export const Award = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), year: Type.Optional(Nullable(Year)) },
  { additionalProperties: false },
);
export const FundingEntry = Type.Object(
  { programme: Type.String({ minLength: 1, maxLength: 300 }), amount: Type.Optional(Nullable(Amount)) },
  { additionalProperties: false },
);

/** A contact: a person on the platform (`personId`) or an external name with e-mail and/or phone. */
export const ContactInput = Type.Object(
  {
    personId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    role: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  },
  { additionalProperties: false },
);
export type ContactInput = Static<typeof ContactInput>;

/**
 * What an editor sends to create (POST) or replace (PUT) a record. Codes (sector, fields, legal form,
 * status) are checked against the lists in src/shared/atlas; the sections are HTML, sanitised on the server.
 */
export const CooperationInput = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: ATLAS_LIMITS.titleMax }),
    summary: Type.String({ maxLength: ATLAS_LIMITS.summaryMax }),
    /** Optional on create (derived from the title); changing it keeps the old URL answering with a redirect is NOT promised. */
    slug: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', minLength: 3, maxLength: 120 })),
    externalId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    sector: Type.String({ pattern: '^(0[1-9]|10)$' }),
    sectorGroup: Type.Optional(Nullable(Type.String({ pattern: '^(0[1-9]|10)\\.[1-9]$' }))),
    fields: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 30, uniqueItems: true }),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: ATLAS_LIMITS.keywordsMax }),
    partnerIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: ATLAS_LIMITS.partnersMax, uniqueItems: true }),
    externalPartners: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
      maxItems: ATLAS_LIMITS.externalPartnersMax,
    }),
    contacts: Type.Array(ContactInput, { maxItems: ATLAS_LIMITS.contactsMax }),
    website: Type.Optional(Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }))),
    startYear: Type.Optional(Nullable(Year)),
    endYear: Type.Optional(Nullable(Year)),
    status: Type.String({ maxLength: 20 }),
    legalForm: Type.String({ maxLength: 40 }),
    awards: Type.Array(Award, { maxItems: 20 }),
    funding: Type.Array(FundingEntry, { maxItems: 20 }),
    investment: Type.Optional(Nullable(Amount)),
    yearlySavings: Type.Optional(Nullable(Amount)),
    populationServed: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000 }))),
    /** Omit (or null) to place the record at the centre of its partners. */
    location: Type.Optional(
      Nullable(
        Type.Object(
          {
            latitude: Type.Number({ minimum: 47, maximum: 55.1 }),
            longitude: Type.Number({ minimum: 5.8, maximum: 15.1 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    description: Type.String({ maxLength: ATLAS_LIMITS.sectionMax }),
    currentStatus: Type.String({ maxLength: ATLAS_LIMITS.sectionMax }),
    lessonsLearned: Type.String({ maxLength: ATLAS_LIMITS.sectionMax }),
    furtherInformation: Type.String({ maxLength: ATLAS_LIMITS.sectionMax }),
    transferable: Type.Boolean(),
    transferRequirements: Type.String({ maxLength: 5_000 }),
  },
  { additionalProperties: false },
);
export type CooperationInput = Static<typeof CooperationInput>;

/** A contact as shown: e-mail and phone only to signed-in people (null otherwise). */
export const Contact = Type.Object({
  id: Type.String(),
  personId: Nullable(Type.String()),
  name: Type.String(),
  role: Nullable(Type.String()),
  organisationName: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
});
export type Contact = Static<typeof Contact>;

/** Everything the record page shows; `viewer` says what the caller may do. */
export const Cooperation = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  externalId: Nullable(Type.String()),
  title: Type.String(),
  summary: Type.String(),
  sector: Type.String(),
  sectorGroup: Nullable(Type.String()),
  fields: Type.Array(Type.String()),
  keywords: Type.Array(Type.String()),
  partners: Type.Array(OrganisationSummary),
  externalPartners: Type.Array(Type.String()),
  landCodes: Type.Array(Type.String()),
  kreise: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  contacts: Type.Array(Contact),
  website: Nullable(Type.String()),
  startYear: Nullable(Type.Integer()),
  endYear: Nullable(Type.Integer()),
  status: Type.String(),
  legalForm: Type.String(),
  awards: Type.Array(Type.Object({ name: Type.String(), year: Type.Optional(Nullable(Type.Integer())) })),
  funding: Type.Array(Type.Object({ programme: Type.String(), amount: Type.Optional(Nullable(Type.Number())) })),
  investment: Nullable(Type.Number()),
  yearlySavings: Nullable(Type.Number()),
  populationServed: Nullable(Type.Integer()),
  location: Nullable(Type.Object({ latitude: Type.Number(), longitude: Type.Number() })),
  locationSet: Type.Boolean(),
  description: Type.String(),
  currentStatus: Type.String(),
  lessonsLearned: Type.String(),
  furtherInformation: Type.String(),
  transferable: Type.Boolean(),
  transferRequirements: Type.String(),
  state: Type.String(),
  synthetic: Type.Boolean(),
  interestCount: Type.Integer(),
  revision: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  publishedAt: Nullable(Type.String()),
  viewer: Type.Object({
    canEdit: Type.Boolean(),
    canSubmit: Type.Boolean(),
    canPublish: Type.Boolean(),
    canArchive: Type.Boolean(),
    canContact: Type.Boolean(),
  }),
});
export type Cooperation = Static<typeof Cooperation>;

/** A cooperation as lists show it (search hits, organisation and alliance pages, related records). */
export const CooperationCard = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  sector: Type.String(),
  fields: Type.Array(Type.String()),
  legalForm: Type.String(),
  status: Type.String(),
  state: Type.String(),
  startYear: Nullable(Type.Integer()),
  landCodes: Type.Array(Type.String()),
  partnerNames: Type.Array(Type.String()),
  transferable: Type.Boolean(),
  synthetic: Type.Boolean(),
});
export type CooperationCard = Static<typeof CooperationCard>;

export const SearchHit = Type.Intersect([
  CooperationCard,
  Type.Object({
    /** Summary/description excerpt with matches wrapped in <mark>…</mark>; everything else is escaped text. */
    snippet: Type.String(),
    /** Title with matches wrapped in <mark>…</mark>, escaped otherwise. */
    titleHighlighted: Type.String(),
  }),
]);
export type SearchHit = Static<typeof SearchHit>;

const FacetBucket = Type.Object({ value: Type.String(), count: Type.Integer() });
export type FacetBucket = Static<typeof FacetBucket>;

export const SearchResult = Type.Object({
  hits: Type.Array(SearchHit),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  /** Each facet counted with every other filter applied but its own. */
  facets: Type.Object({
    sector: Type.Array(FacetBucket),
    field: Type.Array(FacetBucket),
    land: Type.Array(FacetBucket),
    kreis: Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() })),
    legalForm: Type.Array(FacetBucket),
    status: Type.Array(FacetBucket),
    transferable: Type.Array(FacetBucket),
    startYear: Type.Array(FacetBucket),
  }),
  /**
   * The matching records with a location for the map (not only this page), in the order of the list,
   * at most ATLAS_LIMITS.mapPointsMax of them: a broad result would otherwise weigh megabytes.
   */
  points: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      title: Type.String(),
      sector: Type.String(),
      latitude: Type.Number(),
      longitude: Type.Number(),
    }),
  ),
  /** How many matching records have a location: more than `points` holds when the map shows only the first. */
  pointsTotal: Type.Optional(Type.Integer()),
  /** "Meinten Sie …?": the query with misspelt words replaced, when that finds more. */
  suggestion: Nullable(Type.String()),
});
export type SearchResult = Static<typeof SearchResult>;

export const RevisionSummary = Type.Object({
  number: Type.Integer(),
  action: Type.String(),
  authorName: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type RevisionSummary = Static<typeof RevisionSummary>;

/** One changed field between two revisions; text fields carry word-level parts. */
export const FieldChange = Type.Object({
  field: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  /** For text and HTML sections: the text as runs of unchanged, removed and added words. */
  parts: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('same'), Type.Literal('removed'), Type.Literal('added')]),
        text: Type.String(),
      }),
    ),
  ),
});
export type FieldChange = Static<typeof FieldChange>;

export const RevisionDiff = Type.Object({
  from: RevisionSummary,
  to: RevisionSummary,
  changes: Type.Array(FieldChange),
});
export type RevisionDiff = Static<typeof RevisionDiff>;

/**
 * What a revision keeps: the editable fields as saved (sections sanitised, slug resolved) and the
 * workflow state at that moment. Restoring saves these fields again; the state is not restored.
 */
export const CooperationSnapshot = Type.Object({
  ...Type.Omit(CooperationInput, ['slug']).properties,
  slug: Type.String(),
  state: Type.String(),
});
export type CooperationSnapshot = Static<typeof CooperationSnapshot>;

export const RevisionDetail = Type.Object({
  number: Type.Integer(),
  action: Type.String(),
  authorName: Nullable(Type.String()),
  createdAt: Type.String(),
  snapshot: CooperationSnapshot,
});
export type RevisionDetail = Static<typeof RevisionDetail>;

/** Moving a record through the workflow; `note` reaches the partners when an admin returns a record. */
export const StateChangeInput = Type.Object(
  {
    state: Type.Union([
      Type.Literal('draft'),
      Type.Literal('review'),
      Type.Literal('published'),
      Type.Literal('archived'),
    ]),
    note: Type.Optional(Type.String({ maxLength: 2_000 })),
  },
  { additionalProperties: false },
);
export type StateChangeInput = Static<typeof StateChangeInput>;

/** "Kontakt aufnehmen" (`contact`) or "Interesse an Nachnutzung" (`reuse`); both count as interest shown. */
export const InterestInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('contact'), Type.Literal('reuse')]),
    message: Type.String({ minLength: 1, maxLength: ATLAS_LIMITS.interestMessageMax }),
  },
  { additionalProperties: false },
);
export type InterestInput = Static<typeof InterestInput>;

export const InterestResult = Type.Object({ interestCount: Type.Integer(), recipients: Type.Integer() });
export type InterestResult = Static<typeof InterestResult>;

/** The signed-in person's atlas desk: their organisation's records (every state) and, for admins, the review queue. */
export const Workbench = Type.Object({ mine: Type.Array(CooperationCard), review: Type.Array(CooperationCard) });
export type Workbench = Static<typeof Workbench>;
