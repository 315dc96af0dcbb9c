import { type Static, Type } from 'typebox';
import { ORGANISATION_ROLES } from '../../../shared/contracts/accounts.ts';

const Uuid = Type.String({ format: 'uuid' });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const Paging = {
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export const PersonListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Part of the name or e-mail address, or the ID' })),
    waiting: Type.Optional(
      Type.Boolean({
        description: 'Only people whose membership request waits in an organisation without a confirmed admin',
      }),
    ),
    ...Paging,
  },
  { additionalProperties: false },
);

export const PersonList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      email: Type.String(),
      organisation: Nullable(
        Type.Object({
          id: Uuid,
          name: Type.String(),
          role: Type.Enum(ORGANISATION_ROLES),
          status: Type.Union([Type.Literal('pending'), Type.Literal('confirmed')]),
          domainMatches: Type.Boolean({
            description: 'The e-mail address is of a domain the organisation has registered',
          }),
        }),
      ),
      isPlatformAdmin: Type.Boolean(),
      lockedAt: Nullable(Timestamp),
      emailVerifiedAt: Nullable(Timestamp),
      createdAt: Timestamp,
    }),
  ),
  total: Type.Integer(),
});

const day = (description: string) =>
  Type.String({
    format: 'date',
    description: `${description}: YYYY-MM-DD, a day in German local time (Europe/Berlin)`,
  });

const AuditFilters = {
  action: Type.Optional(Type.String({ maxLength: 100, description: 'Only actions starting with this, e.g. `auth.`' })),
  actor: Type.Optional(Type.String({ format: 'uuid', description: 'Only entries of this acting person' })),
  from: Type.Optional(day('Only entries of this day or later')),
  to: Type.Optional(day('Only entries of this day or earlier')),
};

export const AuditQuery = Type.Object({ ...AuditFilters, ...Paging }, { additionalProperties: false });
export type AuditQueryInput = Static<typeof AuditQuery>;

/** The export takes the same filters, without paging. */
export const AuditExportQuery = Type.Object(AuditFilters, { additionalProperties: false });
export type AuditFilterInput = Static<typeof AuditExportQuery>;

const NamedRef = {
  id: Type.String(),
  name: Nullable(Type.String({ description: 'null when deleted, or for things without a name' })),
  deleted: Type.Boolean({ description: 'It no longer exists' }),
  link: Nullable(Type.String({ description: 'Its page in the web app (a path), while it exists' })),
};

export const AuditList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      at: Timestamp,
      actor: Nullable(Type.Object({ ...NamedRef, id: Uuid }, { description: 'null for the system' })),
      action: Type.String(),
      subject: Nullable(
        Type.Object({
          type: Type.String({ description: 'person, organisation, alliance, workspace, cooperation, channel, …' }),
          ...NamedRef,
        }),
      ),
      organisation: Nullable(
        Type.Object({ ...NamedRef, id: Uuid }, { description: 'The organisation the action concerned' }),
      ),
      subjectType: Nullable(Type.String()),
      subjectId: Nullable(Type.String()),
      organisationId: Nullable(Uuid),
      ip: Nullable(Type.String()),
      details: Nullable(Type.Record(Type.String(), Type.Unknown())),
    }),
  ),
  total: Type.Integer(),
});

export const AWAITING_KINDS = [
  'atlas-reviews',
  'membership-requests',
  'alliance-invitations',
  'workspace-join-requests',
  'legal-pages',
] as const;
export type AwaitingKind = (typeof AWAITING_KINDS)[number];

export const Awaiting = Type.Object({
  total: Type.Integer({ description: 'The sum of the counts' }),
  items: Type.Array(
    Type.Object({
      kind: Type.Union(
        [
          Type.Literal('atlas-reviews'),
          Type.Literal('membership-requests'),
          Type.Literal('alliance-invitations'),
          Type.Literal('workspace-join-requests'),
          Type.Literal('legal-pages'),
        ],
        {
          description:
            'atlas-reviews: records in review (platform admins); membership-requests: pending members of the organisation one administers, or (organisation null, platform admins) of all organisations without a confirmed admin; alliance-invitations: invitations to one’s organisation; workspace-join-requests: open requests to a workspace one owns; legal-pages: legal pages not filled in (platform admins)',
        },
      ),
      count: Type.Integer({ minimum: 1 }),
      organisation: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
      workspace: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
    }),
  ),
});
