import { type Static, Type } from 'typebox';
import {
  APP_PASSWORD_MAX_DAYS,
  APP_PASSWORD_NAME_MAX_LENGTH,
  APP_PASSWORD_SCOPES,
  ORGANISATION_ROLES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../../shared/contracts/accounts.ts';
import { Uuid } from '../../platform/http/id-schemas.ts';

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const NewPassword = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const Locale = Type.Union([Type.Literal('de'), Type.Literal('en')]);
export const Token = Type.String({ minLength: 1, maxLength: 200 });
const Timestamp = Type.String({ format: 'date-time' });

export const Me = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.String(),
  locale: Locale,
  isPlatformAdmin: Type.Boolean(),
  organisation: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      type: Type.String(),
      role: Type.Enum(ORGANISATION_ROLES),
      status: Type.Union([Type.Literal('pending'), Type.Literal('confirmed')]),
    }),
  ]),
});
export type MeView = Static<typeof Me>;

/** `GET /api/auth/session`: who this browser is signed in as, `null` when nobody. */
export const CurrentSession = Type.Object({ me: Type.Union([Me, Type.Null()]) });

export const RegisterBody = Type.Object(
  {
    name: Name,
    email: Email,
    password: NewPassword,
    organisationId: Type.Optional(Uuid),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);

export const TokenBody = Type.Object({ token: Token }, { additionalProperties: false });
export const EmailBody = Type.Object({ email: Email }, { additionalProperties: false });

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const ResetConfirmBody = Type.Object({ token: Token, password: NewPassword }, { additionalProperties: false });

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: NewPassword },
  { additionalProperties: false },
);

export const SessionView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  place: Type.Union(
    [
      Type.Object({ kind: Type.Literal('country'), code: Type.String({ pattern: '^[A-Z]{2}$' }) }),
      Type.Object({ kind: Type.Literal('local') }),
      Type.Null(),
    ],
    { description: 'Where the address is, coarsely: its country (ISO 3166-1), a local network, or unknown' },
  ),
  current: Type.Boolean(),
});

export const UpdateMeBody = Type.Object(
  { name: Type.Optional(Name), locale: Type.Optional(Locale) },
  { additionalProperties: false },
);

export const HomeOrganisationBody = Type.Object({ organisationId: Uuid }, { additionalProperties: false });

export const PersonSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
);

export const PersonSearchResult = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      organisation: Type.Union([
        Type.Null(),
        Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
      ]),
    }),
  ),
});

export const Accepted = Type.Object({ status: Type.String() });

export const AppPasswordScope = Type.Enum(APP_PASSWORD_SCOPES);

export const AppPasswordView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  scope: AppPasswordScope,
  lastFour: Type.String(),
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  expiresAt: Type.Union([Timestamp, Type.Null()], {
    description: 'After this moment it opens nothing; null: until revoked',
  }),
});

export const CreatedAppPasswordView = Type.Object({
  ...AppPasswordView.properties,
  token: Type.String({ description: 'The app password itself; shown this once and never again' }),
});

export const CreateAppPasswordBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: APP_PASSWORD_NAME_MAX_LENGTH }),
    scope: AppPasswordScope,
    expiresInDays: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1, maximum: APP_PASSWORD_MAX_DAYS }), Type.Null()], {
        description: 'Days until it opens nothing any more; null or absent: until revoked',
      }),
    ),
  },
  { additionalProperties: false },
);
