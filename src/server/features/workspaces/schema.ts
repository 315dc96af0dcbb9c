import { type Static, Type } from 'typebox';
import { Uuid } from '../../platform/http/id-schemas.ts';
import { Email, Locale, NewPassword, Name as PersonName } from '../accounts/schema.ts';

export const TAGS = ['workspaces'];

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const JOIN_MESSAGE_MAX = 1000;

const Name = Type.String({ minLength: 1, maxLength: NAME_MAX });
const Description = Type.String({ maxLength: DESCRIPTION_MAX });
const Visibility = Type.Union([Type.Literal('members'), Type.Literal('owner'), Type.Literal('platform')], {
  description:
    '`members`: invited only; `owner`: people of the owning organisation/alliance may join; `platform`: discoverable by everyone signed in, who may ask to join',
});
const Role = Type.Union([Type.Literal('owner'), Type.Literal('member'), Type.Literal('guest')]);
// Handlers return Date objects; the serialiser writes them as ISO 8601 strings.
const Timestamp = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));
const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const CreateWorkspaceBody = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    ownerOrganisationId: Type.Optional(Uuid),
    ownerAllianceId: Type.Optional(Uuid),
    visibility: Visibility,
  },
  { additionalProperties: false, description: 'Give exactly one of ownerOrganisationId and ownerAllianceId.' },
);
export type CreateWorkspaceInput = Static<typeof CreateWorkspaceBody>;

export const UpdateWorkspaceBody = Type.Object(
  { name: Type.Optional(Name), description: Type.Optional(Description), visibility: Type.Optional(Visibility) },
  { additionalProperties: false },
);
export type UpdateWorkspaceInput = Static<typeof UpdateWorkspaceBody>;

export const ListQuery = Type.Object({
  discover: Type.Optional(Type.Boolean({ description: 'Also list workspaces I may join or ask to join' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Filters the discoverable workspaces by name' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

export const MemberParams = Type.Object({ id: Uuid, personId: Uuid });
export const RequestParams = Type.Object({ id: Uuid, requestId: Uuid });
export const InvitationParams = Type.Object({ id: Uuid, invitationId: Uuid });
export const TokenParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
});

export const AddMemberBody = Type.Object({ personId: Uuid, role: Role }, { additionalProperties: false });
export const ChangeRoleBody = Type.Object({ role: Role }, { additionalProperties: false });
export const JoinRequestBody = Type.Object(
  { message: Type.Optional(Type.String({ maxLength: JOIN_MESSAGE_MAX })) },
  { additionalProperties: false },
);
export const AnswerRequestBody = Type.Object({ accept: Type.Boolean() }, { additionalProperties: false });
export const InviteBody = Type.Object({ email: Email, role: Role }, { additionalProperties: false });
export const AcceptInvitationBody = Type.Object(
  {
    name: Type.Optional(PersonName),
    password: Type.Optional(NewPassword),
    locale: Type.Optional(Locale),
  },
  {
    additionalProperties: false,
    description: 'Signed out and without an account: name and password register a new, verified account.',
  },
);
export type AcceptInvitationInput = Static<typeof AcceptInvitationBody>;

const Owner = Type.Object({
  kind: Type.Union([Type.Literal('organisation'), Type.Literal('alliance')]),
  id: Type.String(),
  name: Type.String(),
});

export const Workspace = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  visibility: Visibility,
  owner: Owner,
  createdAt: Timestamp,
});

export const WorkspaceListItem = Type.Object({
  ...Workspace.properties,
  memberCount: Type.Integer(),
  myRole: Type.Union([Role, Type.Null()]),
  canJoin: Type.Boolean(),
  canRequest: Type.Boolean(),
  requestPending: Type.Boolean(),
});
export const WorkspaceList = Type.Object({
  mine: Type.Array(WorkspaceListItem),
  discover: Type.Array(WorkspaceListItem),
});

export const Member = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  role: Role,
  organisation: Type.Union([Ref, Type.Null()]),
  joinedAt: Timestamp,
});

export const ChannelRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  closed: Type.Boolean(),
  isDefault: Type.Boolean(),
});

export const WorkspaceDetail = Type.Object({
  workspace: Workspace,
  memberCount: Type.Integer(),
  /** Empty for people who are not members. */
  members: Type.Array(Member),
  channels: Type.Array(ChannelRef),
  viewer: Type.Object({
    role: Type.Union([Role, Type.Null()]),
    canInvite: Type.Boolean(),
    canManage: Type.Boolean(),
    canJoin: Type.Boolean(),
    canRequest: Type.Boolean(),
    requestPending: Type.Boolean(),
    canLeave: Type.Boolean(),
  }),
});

export const JoinRequest = Type.Object({
  id: Type.String(),
  person: Type.Object({ id: Type.String(), name: Type.String(), organisation: Type.Union([Ref, Type.Null()]) }),
  message: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('declined')]),
  createdAt: Timestamp,
});

export const Invitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: Role,
  invitedBy: Ref,
  createdAt: Timestamp,
  expiresAt: Timestamp,
});

export const InvitationPreview = Type.Object({
  workspaceId: Type.String(),
  workspaceName: Type.String(),
  invitedBy: Type.String(),
  email: Type.String(),
  role: Role,
  accountExists: Type.Boolean(),
});

export const InvitationAccepted = Type.Object({
  workspace: Ref,
  role: Role,
  /** True when the answer opened a session for a newly registered account (the cookie is set). */
  registered: Type.Boolean(),
});
