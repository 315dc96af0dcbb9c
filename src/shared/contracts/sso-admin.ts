import { type Static, Type } from 'typebox';
import { ORGANISATION_ROLES } from './accounts.ts';

/** A provider's short name in addresses (`/api/auth/sso/<id>/start`). */
export const SSO_PROVIDER_ID_PATTERN = '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$';

const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
const ClaimName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\s]+$' });

export const SsoGroupRole = Type.Object(
  {
    group: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Union([Type.Literal('admin'), Type.Literal('editor'), Type.Literal('member')], {
      description: `one of ${ORGANISATION_ROLES.join(', ')}`,
    }),
  },
  { additionalProperties: false },
);
export type SsoGroupRole = Static<typeof SsoGroupRole>;

export const SsoClaims = Type.Object(
  {
    name: ClaimName,
    email: ClaimName,
    organisation: Type.Union([ClaimName, Type.Null()]),
    groups: Type.Union([ClaimName, Type.Null()]),
  },
  { additionalProperties: false },
);

const editable = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  issuer: Type.String({ minLength: 1, maxLength: 500 }),
  clientId: Type.String({ minLength: 1, maxLength: 500 }),
  organisationIds: Type.Array(Uuid, { maxItems: 50 }),
  claims: SsoClaims,
  groupRoles: Type.Array(SsoGroupRole, { maxItems: 100 }),
  enabled: Type.Boolean(),
};

/** A new provider (platform admins): the secret is given once and never shown again. */
export const SsoProviderCreate = Type.Object(
  {
    id: Type.String({ pattern: SSO_PROVIDER_ID_PATTERN }),
    ...editable,
    clientSecret: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type SsoProviderCreate = Static<typeof SsoProviderCreate>;

/** Changes to a stored provider; without `clientSecret` the stored one stays. */
export const SsoProviderUpdate = Type.Object(
  { ...editable, clientSecret: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) },
  { additionalProperties: false },
);
export type SsoProviderUpdate = Static<typeof SsoProviderUpdate>;

/** A provider as the admin area shows it: the client secret only as "set". */
export const SsoProviderView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  issuer: Type.String(),
  clientId: Type.String(),
  clientSecretSet: Type.Boolean(),
  organisationIds: Type.Array(Type.String()),
  claims: SsoClaims,
  groupRoles: Type.Array(SsoGroupRole),
  enabled: Type.Boolean(),
  /** `environment`: from OIDC_PROVIDERS, read-only here. */
  source: Type.Union([Type.Literal('environment'), Type.Literal('admin')]),
  /** The redirect URI to register at the provider. */
  callbackUrl: Type.String(),
  /** Where the provider's back-channel logout is sent. */
  backchannelLogoutUrl: Type.String(),
});
export type SsoProviderView = Static<typeof SsoProviderView>;

/** The problem type of a sign-in, password reset or new app password refused because the organisation requires single sign-on. */
export const SSO_REQUIRED = 'sso-required';
/** The problem type of a provider whose issuer did not answer with a discovery document when saving. */
export const SSO_DISCOVERY_FAILED = 'sso-discovery-failed';
