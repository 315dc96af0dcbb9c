import { type Static, Type } from 'typebox';

/**
 * Communities (Fachgruppen) of the network across organisations, their members and moderators
 * (src/server/features/network/communities). Everyone signed in sees every community's name and
 * description; a `request` community's questions, wiki and member list are its members' alone.
 */
export const COMMUNITY_LIMITS = {
  name: 120,
  description: 5_000,
  requestNote: 500,
  query: 200,
  /** A list's page: how many communities unless asked otherwise, and at most. */
  pageSize: 50,
  maxPageSize: 200,
  /** Furthest a list pages (offset). */
  maxOffset: 10_000,
  /** Longest slug or ID in an address. */
  idOrSlug: 100,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const JoinPolicySchema = Type.Union([Type.Literal('open'), Type.Literal('request')]);
export const CommunityRoleSchema = Type.Union([Type.Literal('moderator'), Type.Literal('member')]);

export const CommunityParams = Type.Object(
  { idOrSlug: Type.String({ minLength: 1, maxLength: COMMUNITY_LIMITS.idOrSlug, pattern: '^[A-Za-z0-9-]+$' }) },
  { additionalProperties: false },
);
export type CommunityParams = Static<typeof CommunityParams>;

export const CommunityMemberParams = Type.Object(
  {
    idOrSlug: Type.String({ minLength: 1, maxLength: COMMUNITY_LIMITS.idOrSlug, pattern: '^[A-Za-z0-9-]+$' }),
    personId: Uuid,
  },
  { additionalProperties: false },
);
export type CommunityMemberParams = Static<typeof CommunityMemberParams>;

export const CommunityListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: COMMUNITY_LIMITS.query })),
    /** Only the communities I belong to (or asked to join). */
    mine: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: COMMUNITY_LIMITS.maxPageSize })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: COMMUNITY_LIMITS.maxOffset })),
  },
  { additionalProperties: false },
);
export type CommunityListQuery = Static<typeof CommunityListQuery>;

export const CreateCommunityInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: COMMUNITY_LIMITS.name }),
    description: Type.Optional(Type.String({ maxLength: COMMUNITY_LIMITS.description })),
    joinPolicy: Type.Optional(JoinPolicySchema),
    approveFirstPosts: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateCommunityInput = Static<typeof CreateCommunityInput>;

export const UpdateCommunityInput = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: COMMUNITY_LIMITS.name })),
    description: Type.Optional(Type.String({ maxLength: COMMUNITY_LIMITS.description })),
    joinPolicy: Type.Optional(JoinPolicySchema),
    approveFirstPosts: Type.Optional(Type.Boolean()),
    archived: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCommunityInput = Static<typeof UpdateCommunityInput>;

export const JoinCommunityInput = Type.Object(
  {
    /** For a `request` community: a short word to the moderators. */
    note: Type.Optional(Type.String({ maxLength: COMMUNITY_LIMITS.requestNote })),
  },
  { additionalProperties: false },
);
export type JoinCommunityInput = Static<typeof JoinCommunityInput>;

export const MemberRoleInput = Type.Object({ role: CommunityRoleSchema }, { additionalProperties: false });
export type MemberRoleInput = Static<typeof MemberRoleInput>;

/** My place in a community, as every concern of the network reads it. */
export const MyStanding = Type.Object({
  member: Type.Boolean(),
  role: Nullable(CommunityRoleSchema),
  requested: Type.Boolean(),
  canPost: Type.Boolean(),
  canModerate: Type.Boolean(),
});
export type MyStanding = Static<typeof MyStanding>;

export const CommunitySummary = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  joinPolicy: JoinPolicySchema,
  approveFirstPosts: Type.Boolean(),
  archivedAt: Nullable(Timestamp),
  memberCount: Type.Integer(),
  /** My membership: `member`, `requested`, or null. */
  myStatus: Nullable(Type.Union([Type.Literal('member'), Type.Literal('requested')])),
  myRole: Nullable(CommunityRoleSchema),
});
export type CommunitySummary = Static<typeof CommunitySummary>;

/** One page of communities: `total` counts every match, `hasMore` says whether a next page follows. */
export const CommunityList = Type.Object({
  items: Type.Array(CommunitySummary),
  total: Type.Integer(),
  hasMore: Type.Boolean(),
});
export type CommunityList = Static<typeof CommunityList>;

export const CommunityPerson = Type.Object({
  id: Uuid,
  name: Type.String(),
  organisationName: Nullable(Type.String()),
});
export type CommunityPerson = Static<typeof CommunityPerson>;

export const CommunityDetail = Type.Object({
  ...CommunitySummary.properties,
  createdAt: Timestamp,
  moderators: Type.Array(CommunityPerson),
  /** Published questions of the community. */
  questionCount: Type.Integer(),
  wikiPageCount: Type.Integer(),
  /** Whether the community has a chat; its channel's ID only for those who read it (members). */
  hasChannel: Type.Boolean(),
  channelId: Nullable(Uuid),
  myStanding: MyStanding,
});
export type CommunityDetail = Static<typeof CommunityDetail>;

export const CommunityMember = Type.Object({
  ...CommunityPerson.properties,
  role: CommunityRoleSchema,
  joinedAt: Nullable(Timestamp),
});
export type CommunityMember = Static<typeof CommunityMember>;

export const JoinRequest = Type.Object({
  ...CommunityPerson.properties,
  note: Type.String(),
  requestedAt: Timestamp,
});
export type JoinRequest = Static<typeof JoinRequest>;

export const CommunityMembers = Type.Object({
  members: Type.Array(CommunityMember),
  /** Open requests to join: shown to moderators only (empty for everyone else). */
  requests: Type.Array(JoinRequest),
});
export type CommunityMembers = Static<typeof CommunityMembers>;

export const CommunityChannel = Type.Object({ channelId: Uuid });
export type CommunityChannel = Static<typeof CommunityChannel>;
