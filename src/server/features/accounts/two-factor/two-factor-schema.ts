import { Type } from 'typebox';

/** A TOTP code (6 digits) or a recovery code (`xxxxx-xxxxx`); spaces and dashes are allowed. */
export const TwoFactorCode = Type.String({ minLength: 6, maxLength: 20, pattern: '^[0-9A-Za-z -]+$' });

export const TwoFactorChallenge = Type.Object({
  status: Type.Literal('two-factor-required'),
  /** The half-done sign-in, to be sent back with the code. */
  challenge: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});

export const TwoFactorLoginBody = Type.Object(
  { challenge: Type.String({ minLength: 1, maxLength: 200 }), code: TwoFactorCode },
  { additionalProperties: false },
);

export const TwoFactorCodeBody = Type.Object({ code: TwoFactorCode }, { additionalProperties: false });

export const DisableTwoFactorBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200 }), code: TwoFactorCode },
  { additionalProperties: false },
);

export const TwoFactorStatusView = Type.Object({
  /** The authenticator app (TOTP) is on. */
  enabled: Type.Boolean(),
  enabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** How many passkeys the person registered. */
  passkeys: Type.Integer({ minimum: 0 }),
  /** Two-factor sign-in is on: the authenticator app or at least one passkey. */
  active: Type.Boolean(),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  /** The person is a platform admin and the platform requires them to have a second factor. */
  requiredForAdmin: Type.Boolean(),
  /** The person's organisation requires them to have a second factor. */
  requiredByOrganisation: Type.Boolean(),
  /** This session reaches nothing but the enrolment until a second factor is on (not after a single sign-on). */
  enrolmentRequired: Type.Boolean(),
});

export const TwoFactorEnrolmentView = Type.Object({
  /** The secret in base32, for typing into an app that cannot scan. Shown at enrolment only. */
  secret: Type.String(),
  /** The `otpauth://` address the QR code holds. */
  uri: Type.String(),
  /** The QR code as an SVG document, drawn by the platform. */
  qrSvg: Type.String(),
});

export const RecoveryCodesView = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
