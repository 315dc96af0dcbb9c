import { Type } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const Paging = {
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export const PersonListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })), ...Paging },
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
          role: Type.Union([Type.Literal('admin'), Type.Literal('member')]),
          status: Type.Union([Type.Literal('pending'), Type.Literal('confirmed')]),
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

export const AuditQuery = Type.Object(
  {
    action: Type.Optional(
      Type.String({ maxLength: 100, description: 'Only actions starting with this, e.g. `auth.`' }),
    ),
    ...Paging,
  },
  { additionalProperties: false },
);

export const AuditList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      at: Timestamp,
      actor: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
      action: Type.String(),
      subjectType: Nullable(Type.String()),
      subjectId: Nullable(Type.String()),
      organisationId: Nullable(Uuid),
      ip: Nullable(Type.String()),
      details: Nullable(Type.Record(Type.String(), Type.Unknown())),
    }),
  ),
  total: Type.Integer(),
});
