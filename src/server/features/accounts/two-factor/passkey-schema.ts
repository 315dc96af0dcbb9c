import { Type } from 'typebox';
import { TwoFactorCode } from './two-factor-schema.ts';

const Base64Url = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[A-Za-z0-9_-]+={0,2}$' });
const Transports = Type.Array(Type.String({ minLength: 1, maxLength: 32, pattern: '^[a-z-]+$' }), { maxItems: 10 });
const ClientExtensionResults = Type.Object({}, { additionalProperties: true, maxProperties: 20 });
const Attachment = Type.Optional(Type.Union([Type.Literal('platform'), Type.Literal('cross-platform')]));

/** What `navigator.credentials.create()` answers, as JSON (base64url), for registering a passkey. */
export const RegistrationResponse = Type.Object({
  id: Base64Url(1400),
  rawId: Base64Url(1400),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: Base64Url(8_000),
    attestationObject: Base64Url(64_000),
    authenticatorData: Type.Optional(Base64Url(16_000)),
    publicKey: Type.Optional(Base64Url(8_000)),
    publicKeyAlgorithm: Type.Optional(Type.Integer()),
    transports: Type.Optional(Transports),
  }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ClientExtensionResults,
});

/** What `navigator.credentials.get()` answers, as JSON (base64url), for a sign-in or step-up. */
export const AuthenticationResponse = Type.Object({
  id: Base64Url(1400),
  rawId: Base64Url(1400),
  type: Type.Literal('public-key'),
  response: Type.Object({
    clientDataJSON: Base64Url(8_000),
    authenticatorData: Base64Url(16_000),
    signature: Base64Url(2_000),
    userHandle: Type.Optional(Base64Url(200)),
  }),
  authenticatorAttachment: Attachment,
  clientExtensionResults: ClientExtensionResults,
});

export const PasskeyName = Type.String({
  minLength: 1,
  maxLength: 80,
  pattern: '^[^\\u0000-\\u001f\\u007f]*\\S[^\\u0000-\\u001f\\u007f]*$',
});

export const RegisterPasskeyBody = Type.Object(
  { name: PasskeyName, response: RegistrationResponse },
  { additionalProperties: false },
);

export const PasskeySignInOptionsBody = Type.Object(
  { challenge: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const PasskeySignInBody = Type.Object(
  { challenge: Type.String({ minLength: 1, maxLength: 200 }), response: AuthenticationResponse },
  { additionalProperties: false },
);

export const PasskeyStepUpBody = Type.Object({ response: AuthenticationResponse }, { additionalProperties: false });

export const PasskeyView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Synced to the person's other devices by its provider (iCloud Keychain, Google Password Manager, …). */
  backedUp: Type.Boolean(),
});

export const PasskeyList = Type.Array(PasskeyView);

export const RegisteredPasskey = Type.Object({
  passkey: PasskeyView,
  /** The recovery codes when this passkey is the person's first second factor, shown this once; else null. */
  recoveryCodes: Type.Union([Type.Array(Type.String()), Type.Null()]),
});

/** WebAuthn options as `@simplewebauthn/browser` takes them; their shape is the WebAuthn standard's. */
export const WebAuthnOptions = Type.Object({ challenge: Type.String() }, { additionalProperties: true });

export const PasskeyStepUpProof = Type.Object({
  /** Send this in `X-Two-Factor-Code` with the action; it works once, for two minutes. */
  code: TwoFactorCode,
  expiresInSeconds: Type.Integer(),
});
