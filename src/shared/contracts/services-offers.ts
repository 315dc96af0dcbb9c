import { type Static, Type } from 'typebox';

/**
 * Competence centre offers (Leistungsangebote) of the services area (src/server/features/services/offers):
 * an organisation offers a service to others, others ask for it, the provider accepts or declines and
 * records the agreement, which becomes a draft cooperation in the Kooperationsatlas in one step.
 */
export const OFFER_LIMITS = {
  title: 200,
  description: 10_000,
  capacity: 300,
  serviceLevel: 2_000,
  priceNote: 500,
  exemptionNote: 2_000,
  experts: 20,
  message: 4_000,
  note: 2_000,
  documentUrl: 500,
  query: 200,
  /** Highest price in cents (one billion euros). */
  priceCentsMax: 100_000_000_000,
  pageSize: 20,
  maxPageSize: 100,
  maxOffset: 10_000,
  /** Furthest distance filter in km. */
  nearMax: 1_000,
} as const;

/** How the provider charges: cost recovery (no price), per case, per inhabitant, or a flat fee. */
export const PRICE_MODELS = ['cost-recovery', 'per-case', 'per-inhabitant', 'flat'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

/** The legal basis the service is provided on. */
export const LEGAL_BASES = [
  'zweckvereinbarung',
  'oeffentlich-rechtliche-vereinbarung',
  'verwaltungsvereinbarung',
  'zweckverband',
  'aoer',
  'vertrag',
  'sonstige',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Who sees and may use an offer: every signed-in person, the organisations of one alliance, or of one Land. */
export const OFFER_AUDIENCES = ['platform', 'alliance', 'land'] as const;
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];

export const OFFER_SORTS = ['relevance', 'distance', 'newest'] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];

export const REQUEST_STATES = ['open', 'accepted', 'declined', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
/** A calendar day; years 1900–2099, which every database accepts. */
const CalendarDate = Type.String({ format: 'date', pattern: '^(19|20)[0-9]{2}-', maxLength: 10 });
const LeikaKey = Type.String({ pattern: '^[0-9]{14}$', maxLength: 14, description: 'LeiKa key (14 digits)' });
const TaskField = Type.String({ pattern: '^[a-z]+$', maxLength: 40, description: 'A task field of the atlas' });
const LandCode = Type.String({ pattern: '^(0[1-9]|1[0-6])$', maxLength: 2 });

export const PriceModelSchema = Type.Union([
  Type.Literal('cost-recovery'),
  Type.Literal('per-case'),
  Type.Literal('per-inhabitant'),
  Type.Literal('flat'),
]);
export const LegalBasisSchema = Type.Union([
  Type.Literal('zweckvereinbarung'),
  Type.Literal('oeffentlich-rechtliche-vereinbarung'),
  Type.Literal('verwaltungsvereinbarung'),
  Type.Literal('zweckverband'),
  Type.Literal('aoer'),
  Type.Literal('vertrag'),
  Type.Literal('sonstige'),
]);
export const AudienceSchema = Type.Union([Type.Literal('platform'), Type.Literal('alliance'), Type.Literal('land')]);
export const RequestStateSchema = Type.Union([
  Type.Literal('open'),
  Type.Literal('accepted'),
  Type.Literal('declined'),
  Type.Literal('withdrawn'),
]);
const SortSchema = Type.Union([Type.Literal('relevance'), Type.Literal('distance'), Type.Literal('newest')]);

/** The checklist of the in-house exemption of § 108 (6) GWB, stored with the offer. */
export const ExemptionChecklist = Type.Object(
  {
    /** The cooperation pursues goals the partners have in common. */
    commonGoals: Type.Boolean(),
    /** It is carried out solely in the public interest. */
    publicInterestOnly: Type.Boolean(),
    /** The partners perform less than 20 % of the activities concerned on the open market. */
    marketShareBelow20: Type.Boolean(),
    note: Type.String({ maxLength: OFFER_LIMITS.exemptionNote }),
  },
  { additionalProperties: false },
);
export type ExemptionChecklist = Static<typeof ExemptionChecklist>;

export const OfferInput = Type.Object(
  {
    organisationId: Uuid,
    title: Type.String({ minLength: 1, maxLength: OFFER_LIMITS.title }),
    description: Type.String({ maxLength: OFFER_LIMITS.description }),
    leikaKey: Nullable(LeikaKey),
    taskField: Nullable(TaskField),
    expertIds: Type.Array(Uuid, { maxItems: OFFER_LIMITS.experts, uniqueItems: true }),
    capacity: Type.String({ maxLength: OFFER_LIMITS.capacity }),
    serviceLevel: Type.String({ maxLength: OFFER_LIMITS.serviceLevel }),
    priceModel: PriceModelSchema,
    /** In cents; none for cost recovery. */
    priceCents: Nullable(Type.Integer({ minimum: 0, maximum: OFFER_LIMITS.priceCentsMax })),
    priceNote: Type.String({ maxLength: OFFER_LIMITS.priceNote }),
    legalBasis: LegalBasisSchema,
    audience: AudienceSchema,
    /** With audience `alliance`: an alliance the offering organisation belongs to. */
    allianceId: Nullable(Uuid),
    /** With audience `land`: the Land whose organisations may use it. */
    landCode: Nullable(LandCode),
    validFrom: Nullable(CalendarDate),
    validUntil: Nullable(CalendarDate),
    exemption: ExemptionChecklist,
  },
  { additionalProperties: false },
);
export type OfferInput = Static<typeof OfferInput>;

export const OfferListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: OFFER_LIMITS.query })),
    taskField: Type.Optional(TaskField),
    /** A LeiKa key or its beginning. */
    leika: Type.Optional(Type.String({ pattern: '^[0-9]{1,14}$', maxLength: 14 })),
    /** The Land of the offering organisation. */
    land: Type.Optional(LandCode),
    /** At most this many km from my organisation. */
    near: Type.Optional(Type.Integer({ minimum: 1, maximum: OFFER_LIMITS.nearMax })),
    /** Only my organisation's offers (also withdrawn ones). */
    mine: Type.Optional(Type.Boolean()),
    sort: Type.Optional(SortSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: OFFER_LIMITS.maxPageSize })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: OFFER_LIMITS.maxOffset })),
  },
  { additionalProperties: false },
);
export type OfferListQuery = Static<typeof OfferListQuery>;

const OrganisationRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  landCode: Nullable(Type.String()),
  landName: Nullable(Type.String()),
});
export type OrganisationRef = Static<typeof OrganisationRef>;

export const OfferSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  /** The description's beginning. */
  excerpt: Type.String(),
  organisation: OrganisationRef,
  leikaKey: Nullable(Type.String()),
  taskField: Nullable(Type.String()),
  priceModel: PriceModelSchema,
  priceCents: Nullable(Type.Integer()),
  audience: AudienceSchema,
  validFrom: Nullable(Type.String()),
  validUntil: Nullable(Type.String()),
  withdrawn: Type.Boolean(),
  distanceKm: Nullable(Type.Number()),
});
export type OfferSummary = Static<typeof OfferSummary>;

export const OfferList = Type.Object({
  items: Type.Array(OfferSummary),
  total: Type.Integer(),
  hasMore: Type.Boolean(),
});
export type OfferList = Static<typeof OfferList>;

export const OfferDetail = Type.Object({
  ...OfferSummary.properties,
  description: Type.String(),
  experts: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  capacity: Type.String(),
  serviceLevel: Type.String(),
  priceNote: Type.String(),
  legalBasis: LegalBasisSchema,
  alliance: Nullable(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() })),
  landCode: Nullable(Type.String()),
  exemption: ExemptionChecklist,
  /** All three conditions of § 108 (6) GWB are ticked. */
  exemptionMet: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  viewer: Type.Object({
    /** A member of the offering organisation: sees its requests. */
    isProvider: Type.Boolean(),
    /** Edit, withdraw, answer requests: the offering organisation's admins. */
    canManage: Type.Boolean(),
    /** Ask for it on behalf of my organisation (admins and editors of another organisation). */
    canRequest: Type.Boolean(),
  }),
});
export type OfferDetail = Static<typeof OfferDetail>;

export const OfferRequestInput = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: OFFER_LIMITS.message }) },
  { additionalProperties: false },
);
export type OfferRequestInput = Static<typeof OfferRequestInput>;

export const AnswerInput = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: OFFER_LIMITS.note })) },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerInput>;

export const AgreementInput = Type.Object(
  {
    startDate: CalendarDate,
    documentUrl: Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: OFFER_LIMITS.documentUrl })),
  },
  { additionalProperties: false },
);
export type AgreementInput = Static<typeof AgreementInput>;

export const OfferRequest = Type.Object({
  id: Type.String(),
  offerId: Type.String(),
  offerTitle: Type.String(),
  provider: OrganisationRef,
  requester: OrganisationRef,
  requestedBy: Type.Object({ id: Type.String(), name: Type.String() }),
  message: Type.String(),
  state: RequestStateSchema,
  answerNote: Type.String(),
  answeredAt: Nullable(Type.String()),
  /** When the requesting side withdrew it (state `withdrawn`), else null. */
  withdrawnAt: Nullable(Type.String()),
  createdAt: Type.String(),
  /** Recorded once accepted: the parties are provider and requester. */
  agreement: Nullable(
    Type.Object({
      startDate: Type.String(),
      documentUrl: Nullable(Type.String()),
      recordedAt: Type.String(),
      /** The draft cooperation made from it in the atlas (its ID answers at /atlas/<id>). */
      cooperationId: Nullable(Type.String()),
    }),
  ),
  viewer: Type.Object({
    canAnswer: Type.Boolean(),
    /** Withdraw it while open: the requesting organisation's admins and editors, and whoever asked. */
    canWithdraw: Type.Boolean(),
  }),
});
export type OfferRequest = Static<typeof OfferRequest>;

export const OfferRequestList = Type.Object({ items: Type.Array(OfferRequest) });
export type OfferRequestList = Static<typeof OfferRequestList>;

export const AtlasDraft = Type.Object({ cooperationId: Type.String(), slug: Type.String() });
export type AtlasDraft = Static<typeof AtlasDraft>;
