import { type Static, Type } from 'typebox';
import { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { Uuid } from '../../platform/http/id-schemas.ts';

export const TAGS = ['alliances'];

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

/** GET accepts the slug too, so pages can have readable addresses. */
export const AllianceIdOrSlug = Type.String({ minLength: 1, maxLength: 90, pattern: '^[A-Za-z0-9-]+$' });

const Name = Type.String({ minLength: 2, maxLength: 120 });
const Description = Type.String({ maxLength: 4000 });
// Only web addresses: the page links to it, and other schemes (javascript:) must not reach a link.
const Website = Type.String({ maxLength: 300, format: 'uri', pattern: '^https?://' });

export const CreateAllianceBody = Type.Object(
  { name: Name, description: Type.Optional(Nullable(Description)), website: Type.Optional(Nullable(Website)) },
  { additionalProperties: false },
);
export type CreateAllianceInput = Static<typeof CreateAllianceBody>;

export const UpdateAllianceBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Nullable(Description)),
    website: Type.Optional(Nullable(Website)),
  },
  { additionalProperties: false },
);
export type UpdateAllianceInput = Static<typeof UpdateAllianceBody>;

export const InviteBody = Type.Object({ organisationId: Uuid }, { additionalProperties: false });

export const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  mine: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
});

export const IdOrSlugParams = Type.Object({ id: AllianceIdOrSlug });
export const MemberParams = Type.Object({ id: Uuid, organisationId: Uuid });

const MemberStatus = Type.Union([Type.Literal('member'), Type.Literal('invited')]);
// Handlers return Date objects; the serialiser writes them as ISO 8601 strings.
const Timestamp = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const Alliance = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  description: NullableString,
  website: NullableString,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const AllianceRef = Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() });

export const AllianceListItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  description: NullableString,
  createdAt: Timestamp,
  memberCount: Type.Integer(),
  myStatus: Type.Union([MemberStatus, Type.Null()]),
});

export const AllianceList = Type.Object({ items: Type.Array(AllianceListItem), total: Type.Integer() });

export const Invitation = Type.Object({ organisation: OrganisationSummary, invitedAt: Timestamp });

export const AllianceDetail = Type.Object({
  ...Alliance.properties,
  members: Type.Array(
    Type.Object({ organisation: OrganisationSummary, status: Type.Literal('member'), joinedAt: Timestamp }),
  ),
  invitations: Type.Array(Invitation),
  viewer: Type.Object({
    status: Type.Union([MemberStatus, Type.Null()]),
    canEdit: Type.Boolean(),
    canInvite: Type.Boolean(),
    canLeave: Type.Boolean(),
    canAcceptInvitation: Type.Boolean(),
    canRemoveMembers: Type.Boolean(),
  }),
});

export const OpenInvitations = Type.Array(Type.Object({ alliance: AllianceRef, invitedAt: Timestamp }));
