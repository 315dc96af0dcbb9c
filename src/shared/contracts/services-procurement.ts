import { type Static, Type } from 'typebox';

/**
 * Joint procurement (Bedarfsbündelung) and the bundling radar (src/server/features/services/procurement).
 * Money is in integer euro cents, quantities are whole numbers; times are UTC on the wire.
 */
export const PROCUREMENT_LIMITS = {
  subject: 200,
  description: 5_000,
  lotTitle: 200,
  unit: 40,
  maxLots: 50,
  maxCpvCodes: 10,
  contact: 200,
  note: 1_000,
  reference: 100,
  query: 100,
  /** 100 billion euros: far above any purchase, well inside a safe integer. */
  maxCents: 10_000_000_000_000,
  maxQuantity: 1_000_000_000,
} as const;

/**
 * The EU thresholds (net, without VAT) of 2026 and 2027: Commission Delegated Regulation (EU) 2025/2152
 * amending Directive 2014/24/EU, applied in Germany through § 106 GWB. They change every two years:
 * add the next period here, the checks pick it by the purchase's year.
 */
export const EU_THRESHOLDS = [
  {
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    source: 'Delegierte Verordnung (EU) 2025/2152 / Delegated Regulation (EU) 2025/2152',
    /** Supplies and services of central government authorities (Bund). */
    suppliesServicesCentralCents: 14_000_000,
    /** Supplies and services of sub-central authorities (Länder, Kommunen). */
    suppliesServicesSubCentralCents: 21_600_000,
    /** Works, any authority. */
    worksCents: 540_400_000,
  },
] as const;

export const CONTRACT_KINDS = ['supplies', 'services', 'works'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const AUTHORITY_KINDS = ['central', 'sub-central'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
/** The stages in order: needs survey → agreement under § 4 VgV → tender → award → call-offs. */
export const PURCHASE_STAGES = ['needs-survey', 'agreement', 'tender', 'award', 'call-offs'] as const;
export type PurchaseStage = (typeof PURCHASE_STAGES)[number];
export const PURCHASE_VISIBILITIES = ['platform', 'alliance', 'organisation'] as const;
export type PurchaseVisibility = (typeof PURCHASE_VISIBILITIES)[number];

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });
/** Inputs keep to the years 2000–2999: the database refuses some years a date format allows (year 0). */
const TimeInput = Type.String({ format: 'date-time', maxLength: 40, pattern: '^2[0-9]{3}-' });
const Day = Type.String({ format: 'date', maxLength: 10, pattern: '^2[0-9]{3}-' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Cents = Type.Integer({ minimum: 0, maximum: PROCUREMENT_LIMITS.maxCents });
const Quantity = Type.Integer({ minimum: 1, maximum: PROCUREMENT_LIMITS.maxQuantity });
/** A CPV code as written: eight digits, a hyphen, the check digit. */
export const CPV_PATTERN = '^[0-9]{8}-[0-9]$';
const CpvCode = Type.String({ pattern: CPV_PATTERN, maxLength: 10 });

export const ContractKindSchema = Type.Union([
  Type.Literal('supplies'),
  Type.Literal('services'),
  Type.Literal('works'),
]);
export const AuthorityKindSchema = Type.Union([Type.Literal('central'), Type.Literal('sub-central')]);
export const PurchaseStageSchema = Type.Union([
  Type.Literal('needs-survey'),
  Type.Literal('agreement'),
  Type.Literal('tender'),
  Type.Literal('award'),
  Type.Literal('call-offs'),
]);
export const PurchaseVisibilitySchema = Type.Union([
  Type.Literal('platform'),
  Type.Literal('alliance'),
  Type.Literal('organisation'),
]);

export const CpvEntry = Type.Object({
  code: Type.String(),
  de: Type.String(),
  en: Type.String(),
  /** False when the list is partial and the code's check digit could not be checked against it. */
  verified: Type.Boolean(),
});
export type CpvEntry = Static<typeof CpvEntry>;
export const CpvQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: PROCUREMENT_LIMITS.query })) },
  { additionalProperties: false },
);
export const CpvList = Type.Object({ partial: Type.Boolean(), source: Type.String(), codes: Type.Array(CpvEntry) });
export type CpvList = Static<typeof CpvList>;

export const LotInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: PROCUREMENT_LIMITS.lotTitle }),
    unit: Type.String({ minLength: 1, maxLength: PROCUREMENT_LIMITS.unit }),
    description: Type.Optional(Type.String({ maxLength: PROCUREMENT_LIMITS.description })),
  },
  { additionalProperties: false },
);
export type LotInput = Static<typeof LotInput>;

export const CreatePurchaseInput = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: PROCUREMENT_LIMITS.subject }),
    description: Type.Optional(Type.String({ maxLength: PROCUREMENT_LIMITS.description })),
    cpvCodes: Type.Array(CpvCode, { minItems: 1, maxItems: PROCUREMENT_LIMITS.maxCpvCodes }),
    lots: Type.Array(LotInput, { minItems: 1, maxItems: PROCUREMENT_LIMITS.maxLots }),
    estimatedValueCents: Cents,
    contractKind: ContractKindSchema,
    authorityKind: Type.Optional(AuthorityKindSchema),
    needsDeadline: TimeInput,
    periodStart: Day,
    periodEnd: Day,
    visibility: PurchaseVisibilitySchema,
    allianceId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type CreatePurchaseInput = Static<typeof CreatePurchaseInput>;

export const UpdatePurchaseInput = Type.Object(
  {
    stage: Type.Optional(PurchaseStageSchema),
    /** The eForms notice ID of the tender (e.g. 00123456-2026). */
    tenderReference: Type.Optional(Nullable(Type.String({ maxLength: PROCUREMENT_LIMITS.reference }))),
    awardedTo: Type.Optional(Nullable(Type.String({ maxLength: PROCUREMENT_LIMITS.contact }))),
    awardedValueCents: Type.Optional(Nullable(Cents)),
  },
  { additionalProperties: false },
);
export type UpdatePurchaseInput = Static<typeof UpdatePurchaseInput>;

export const ThresholdCheck = Type.Object({
  thresholdCents: Type.Integer(),
  above: Type.Boolean(),
  validFrom: Type.String(),
  validTo: Type.String(),
  source: Type.String(),
});
export type ThresholdCheck = Static<typeof ThresholdCheck>;

const OrganisationRef = Type.Object({ id: Uuid, name: Type.String() });

export const NeedView = Type.Object({
  lotId: Uuid,
  organisation: OrganisationRef,
  quantity: Type.Integer(),
  budgetCents: Type.Integer(),
  contactName: Type.String(),
  contactEmail: Type.String(),
  note: Type.String(),
  updatedAt: Timestamp,
});
export type NeedView = Static<typeof NeedView>;

export const LotView = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  title: Type.String(),
  unit: Type.String(),
  description: Type.String(),
  /** The lead only: sums over every organisation's needs. */
  totals: Nullable(
    Type.Object({ organisations: Type.Integer(), quantity: Type.Integer(), budgetCents: Type.Integer() }),
  ),
});
export type LotView = Static<typeof LotView>;

export const PurchaseSummary = Type.Object({
  id: Uuid,
  subject: Type.String(),
  cpvCodes: Type.Array(Type.String()),
  owner: OrganisationRef,
  alliance: Nullable(OrganisationRef),
  visibility: PurchaseVisibilitySchema,
  stage: PurchaseStageSchema,
  needsDeadline: Timestamp,
  estimatedValueCents: Type.Integer(),
  lots: Type.Integer(),
  createdAt: Timestamp,
});
export type PurchaseSummary = Static<typeof PurchaseSummary>;
export const PurchaseList = Type.Object({ purchases: Type.Array(PurchaseSummary) });
export type PurchaseList = Static<typeof PurchaseList>;
export const PurchaseListQuery = Type.Object({ mine: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

export const PurchaseDetail = Type.Object({
  ...PurchaseSummary.properties,
  description: Type.String(),
  contractKind: ContractKindSchema,
  authorityKind: AuthorityKindSchema,
  periodStart: Type.String(),
  periodEnd: Type.String(),
  threshold: ThresholdCheck,
  tenderReference: Nullable(Type.String()),
  awardedTo: Nullable(Type.String()),
  awardedValueCents: Nullable(Type.Integer()),
  awardedAt: Nullable(Timestamp),
  lotList: Type.Array(LotView),
  /** The needs my organisation declared (the lead's own organisation included). */
  myNeeds: Type.Array(NeedView),
  viewer: Type.Object({
    isLead: Type.Boolean(),
    canDeclare: Type.Boolean(),
    deadlinePassed: Type.Boolean(),
  }),
});
export type PurchaseDetail = Static<typeof PurchaseDetail>;

export const NeedInput = Type.Object(
  {
    quantity: Quantity,
    budgetCents: Cents,
    contactName: Type.String({ minLength: 1, maxLength: PROCUREMENT_LIMITS.contact }),
    contactEmail: Type.String({ format: 'email', maxLength: PROCUREMENT_LIMITS.contact }),
    note: Type.Optional(Type.String({ maxLength: PROCUREMENT_LIMITS.note })),
  },
  { additionalProperties: false },
);
export type NeedInput = Static<typeof NeedInput>;
export const LotParams = Type.Object({ id: Uuid, lotId: Uuid }, { additionalProperties: false });
export const NeedList = Type.Object({ needs: Type.Array(NeedView) });
export type NeedList = Static<typeof NeedList>;

export const PlanInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: PROCUREMENT_LIMITS.subject }),
    cpvCode: CpvCode,
    periodStart: Day,
    periodEnd: Day,
    quantity: Type.Optional(Nullable(Quantity)),
    unit: Type.Optional(Type.String({ maxLength: PROCUREMENT_LIMITS.unit })),
  },
  { additionalProperties: false },
);
export type PlanInput = Static<typeof PlanInput>;
export const PlanView = Type.Object({
  id: Uuid,
  title: Type.String(),
  cpvCode: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  quantity: Nullable(Type.Integer()),
  unit: Type.String(),
  createdAt: Timestamp,
});
export type PlanView = Static<typeof PlanView>;
export const PlanList = Type.Object({ plans: Type.Array(PlanView) });
export type PlanList = Static<typeof PlanList>;

/** One side of a radar match: a plan entry or an open joint purchase, of an organisation. */
export const RadarSide = Type.Object({
  kind: Type.Union([Type.Literal('plan'), Type.Literal('purchase')]),
  id: Uuid,
  title: Type.String(),
  cpvCode: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  organisation: OrganisationRef,
});
export type RadarSide = Static<typeof RadarSide>;
export const RadarProposal = Type.Object({
  id: Uuid,
  cpvGroup: Type.String(),
  /** Why they were matched: a shared alliance (named) or the same Land. */
  reason: Type.Union([Type.Literal('alliance'), Type.Literal('land')]),
  alliance: Nullable(OrganisationRef),
  mine: RadarSide,
  theirs: RadarSide,
  createdAt: Timestamp,
});
export type RadarProposal = Static<typeof RadarProposal>;
export const RadarList = Type.Object({ proposals: Type.Array(RadarProposal) });
export type RadarList = Static<typeof RadarList>;
