/**
 * How long the links Allmende mails stay valid, in hours. The server's expiry, the mails and the web
 * app's pages all read these, so what a page promises is what the link does.
 */
export const LINK_LIFETIME_HOURS = {
  /** The e-mail verification link after registration (and when asked for again). */
  verifyEmail: 48,
  /** The password reset link. */
  passwordReset: 1,
} as const;
