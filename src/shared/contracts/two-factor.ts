// The second factor (TOTP) of an account, as the web app sees it through the API.

/** `POST /api/auth/login` answers this (202) instead of a session when a second factor is due. */
export interface TwoFactorChallenge {
  status: 'two-factor-required';
  challenge: string;
  expiresAt: string;
}

export interface TwoFactorStatus {
  /** The authenticator app (TOTP) is on. */
  enabled: boolean;
  enabledAt: string | null;
  /** How many passkeys the person registered. */
  passkeys: number;
  /** Two-factor sign-in is on: the authenticator app or at least one passkey. */
  active: boolean;
  recoveryCodesLeft: number;
  /** The person is a platform admin and the platform requires them to have a second factor. */
  requiredForAdmin: boolean;
  /** The person's organisation requires them to have a second factor. */
  requiredByOrganisation: boolean;
  /** This session reaches nothing but the enrolment until a second factor is on (not after a single sign-on). */
  enrolmentRequired: boolean;
}

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  backedUp: boolean;
}

export interface RegisteredPasskey {
  passkey: PasskeyView;
  recoveryCodes: string[] | null;
}

/** Who an organisation requires a second factor of. */
export type OrganisationTwoFactorScope = 'none' | 'admins' | 'members';

/** The secret of a new enrolment, shown once: as text and as the QR code an authenticator app scans. */
export interface TwoFactorEnrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** The longest code the API takes (a recovery code typed with spaces). */
export const TWO_FACTOR_CODE_MAX_LENGTH = 20;
