import { type Static, Type } from 'typebox';

/** Whom the platform asks for a second factor before they may administer it. */
export const TwoFactorRequirement = Type.Object(
  {
    platformAdmins: Type.Boolean({
      description:
        'Platform admins without an active second factor get 403 two-factor-required from the administration',
    }),
  },
  { additionalProperties: false },
);
export type TwoFactorRequirement = Static<typeof TwoFactorRequirement>;

/** The problem type the administration answers an admin without a second factor, and where they turn it on. */
export const TWO_FACTOR_REQUIRED = 'two-factor-required';
export const TWO_FACTOR_ENROL_PATH = '/account';
