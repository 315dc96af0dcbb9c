import { type Static, Type } from 'typebox';
import { ORGANISATION_ROLES } from '../../../shared/contracts/accounts.ts';
import { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { LAND_CODES } from '../../../shared/laender.ts';
import { MANUAL_TYPES, ORGANISATION_TYPES } from '../../../shared/organisation-types.ts';
import { Uuid } from '../../platform/http/id-schemas.ts';

export const TAGS = ['organisations'];

const NullableString = Type.Union([Type.String(), Type.Null()]);
// Handlers return Date objects; the serialiser writes them as ISO 8601 strings.
const Timestamp = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));

export const OrganisationTypeSchema = Type.Enum(ORGANISATION_TYPES);
export const LandCodeSchema = Type.Enum(LAND_CODES);
export const Role = Type.Enum(ORGANISATION_ROLES, {
  description: 'admin: manages the organisation; editor: writes its content pages; member: reads',
});

export const MemberParams = Type.Object({ id: Uuid, personId: Uuid });
// A host name: labels of letters, digits and hyphens, at least one dot; stored lower-case.
const Domain = Type.String({
  minLength: 3,
  maxLength: 253,
  pattern: '^(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$',
});
export const DomainParams = Type.Object({ id: Uuid, domain: Type.String({ maxLength: 253 }) });

export const SearchQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 100, description: 'Name (prefix, words, typos tolerated) or AGS/ARS digits' }),
  ),
  land: Type.Optional(
    Type.Array(LandCodeSchema, { maxItems: 16, description: 'Land codes 01–16; repeat for several' }),
  ),
  type: Type.Optional(
    Type.Array(OrganisationTypeSchema, { maxItems: 20, description: 'Type codes; repeat for several' }),
  ),
  kreis: Type.Optional(Type.String({ format: 'uuid', description: 'Only the Gemeinden of this Kreis' })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, default: 20, description: 'At most 50 are returned' }),
  ),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
});
export type SearchInput = Static<typeof SearchQuery>;

export const SearchResult = Type.Object({ items: Type.Array(OrganisationSummary), total: Type.Integer() });

const Ref = Type.Object({ id: Type.String(), name: Type.String() });

/** The profile page: public facts, plus people and domains for those who may see them. */
export const OrganisationDetail = Type.Object({
  ...OrganisationSummary.properties,
  source: Type.Enum(['directory', 'manual'] as const),
  website: NullableString,
  description: NullableString,
  logoUrl: NullableString,
  kreis: Type.Union([Ref, Type.Null()]),
  land: Type.Union([Ref, Type.Null()]),
  /** Set when a directory update found it no longer in the official data (merged, incorporated). */
  dissolvedAt: NullableString,
  successor: Type.Union([Ref, Type.Null()]),
  domains: Type.Array(Type.String()),
  people: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), role: Role })),
  alliances: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() })),
  viewer: Type.Object({
    isMember: Type.Boolean(),
    isPending: Type.Boolean(),
    isAdmin: Type.Boolean(),
    canEdit: Type.Boolean(),
    canRename: Type.Boolean(),
  }),
});
export type OrganisationDetailView = Static<typeof OrganisationDetail>;

const Name = Type.String({ minLength: 2, maxLength: 200 });
// Only web addresses: the page links to it, and other schemes (javascript:) must not reach a link.
const Website = Type.String({ maxLength: 300, format: 'uri', pattern: '^https?://' });
const Description = Type.String({ maxLength: 5000 });

export const CreateBody = Type.Object(
  {
    name: Name,
    type: Type.Enum(MANUAL_TYPES),
    landCode: Type.Optional(Type.Union([LandCodeSchema, Type.Null()])),
    kreisId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    website: Type.Optional(Type.Union([Website, Type.Null()])),
    description: Type.Optional(Type.Union([Description, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateInput = Static<typeof CreateBody>;

export const UpdateBody = Type.Object(
  {
    name: Type.Optional(Name),
    website: Type.Optional(Type.Union([Website, Type.Null()])),
    description: Type.Optional(Type.Union([Description, Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateInput = Static<typeof UpdateBody>;

export const Member = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: Role,
  status: Type.Enum(['pending', 'confirmed'] as const),
  createdAt: Timestamp,
  confirmedAt: Type.Union([Timestamp, Type.Null()]),
  emailVerified: Type.Boolean({ description: 'The person has confirmed their e-mail address' }),
  domainMatches: Type.Boolean({ description: 'The e-mail address is of a domain the organisation has registered' }),
});
export const MemberList = Type.Array(Member);

export const RoleBody = Type.Object({ role: Role }, { additionalProperties: false });

export const DomainBody = Type.Object({ domain: Domain }, { additionalProperties: false });
export const DomainEntry = Type.Object({ domain: Type.String(), createdAt: Timestamp });
export const DomainList = Type.Array(DomainEntry);
