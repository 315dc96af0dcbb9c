import type { Mail } from '../../platform/mail/mailer.ts';
import { TOKEN_LIFETIME_HOURS } from './email-tokens.ts';

type Locale = 'de' | 'en';

function localeOf(locale: string): Locale {
  return locale === 'en' ? 'en' : 'de';
}

/** "48 Stunden", "eine Stunde"; "48 hours", "one hour". */
function hours(n: number): Record<Locale, string> {
  return n === 1 ? { de: 'eine Stunde', en: 'one hour' } : { de: `${n} Stunden`, en: `${n} hours` };
}

const SIGNATURE = { de: '\n\n-- \nAllmende', en: '\n\n-- \nAllmende' };

function mail(to: string, locale: string, texts: Record<Locale, { subject: string; body: string }>): Mail {
  const l = localeOf(locale);
  return { to, subject: texts[l].subject, text: texts[l].body + SIGNATURE[l] };
}

export function verificationMail(to: string, locale: string, name: string, link: string): Mail {
  const valid = hours(TOKEN_LIFETIME_HOURS['verify-email']);
  return mail(to, locale, {
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: `Guten Tag ${name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für Allmende, indem Sie diesen Link öffnen:\n\n${link}\n\nDer Link ist ${valid.de} gültig. Wenn Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.`,
    },
    en: {
      subject: 'Please confirm your e-mail address',
      body: `Hello ${name},\n\nplease confirm your e-mail address for Allmende by opening this link:\n\n${link}\n\nThe link is valid for ${valid.en}. If you did not register, you can ignore this message.`,
    },
  });
}

/** Sent instead of a verification mail when someone registers with an address that already has an account. */
export function alreadyRegisteredMail(to: string, locale: string, name: string, signInLink: string, resetLink: string) {
  return mail(to, locale, {
    de: {
      subject: 'Sie haben bereits ein Konto',
      body: `Guten Tag ${name},\n\njemand hat versucht, mit Ihrer E-Mail-Adresse ein neues Konto bei Allmende anzulegen. Sie haben bereits eines.\n\nAnmelden: ${signInLink}\nPasswort vergessen? ${resetLink}\n\nWaren Sie das nicht, können Sie diese Nachricht ignorieren.`,
    },
    en: {
      subject: 'You already have an account',
      body: `Hello ${name},\n\nsomeone tried to create a new Allmende account with your e-mail address. You already have one.\n\nSign in: ${signInLink}\nForgot your password? ${resetLink}\n\nIf this was not you, you can ignore this message.`,
    },
  });
}

export function passwordResetMail(to: string, locale: string, name: string, link: string): Mail {
  const valid = hours(TOKEN_LIFETIME_HOURS['password-reset']);
  return mail(to, locale, {
    de: {
      subject: 'Passwort zurücksetzen',
      body: `Guten Tag ${name},\n\nüber diesen Link können Sie ein neues Passwort für Allmende festlegen:\n\n${link}\n\nDer Link ist ${valid.de} gültig und funktioniert nur einmal. Haben Sie das nicht angefordert, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.`,
    },
    en: {
      subject: 'Reset your password',
      body: `Hello ${name},\n\nuse this link to set a new password for Allmende:\n\n${link}\n\nThe link is valid for ${valid.en} and works once. If you did not ask for this, ignore this message; your password stays unchanged.`,
    },
  });
}

export function passwordChangedMail(to: string, locale: string, name: string, resetLink: string): Mail {
  return mail(to, locale, {
    de: {
      subject: 'Ihr Passwort wurde geändert',
      body: `Guten Tag ${name},\n\ndas Passwort Ihres Allmende-Kontos wurde soeben geändert, und Sie wurden auf Ihren anderen Geräten abgemeldet.\n\nWaren Sie das nicht, setzen Sie Ihr Passwort sofort zurück: ${resetLink}`,
    },
    en: {
      subject: 'Your password was changed',
      body: `Hello ${name},\n\nthe password of your Allmende account was just changed, and you were signed out on your other devices.\n\nIf this was not you, reset your password now: ${resetLink}`,
    },
  });
}

/**
 * Sent once per window when an account fails often from addresses it does not sign in from. Says that
 * nothing is locked, so the person neither panics nor is tempted to wait it out with a weak password.
 */
export function failedSignInsMail(
  to: string,
  locale: string,
  name: string,
  failed: { count: number; minutes: number; accountLink: string; resetLink: string },
): Mail {
  const { count, minutes, accountLink, resetLink } = failed;
  return mail(to, locale, {
    de: {
      subject: 'Fehlgeschlagene Anmeldeversuche bei Ihrem Konto',
      body: `Guten Tag ${name},\n\nin den letzten ${minutes} Minuten hat jemand ${count}-mal vergeblich versucht, sich mit Ihrer E-Mail-Adresse bei Allmende anzumelden, von Adressen, von denen Sie sich zuletzt nicht angemeldet haben.\n\nIhr Konto ist nicht gesperrt: Sie können sich wie gewohnt anmelden. Weitere Versuche von dort werden verlangsamt.\n\nWaren Sie das nicht, ändern Sie bitte Ihr Passwort, am besten in ein langes, das Sie nirgends sonst verwenden: ${accountLink}\nKönnen Sie sich nicht anmelden, setzen Sie es hier zurück: ${resetLink}\n\nWaren Sie es selbst, können Sie diese Nachricht ignorieren.`,
    },
    en: {
      subject: 'Failed sign-in attempts on your account',
      body: `Hello ${name},\n\nin the last ${minutes} minutes someone tried ${count} times without success to sign in to Allmende with your e-mail address, from addresses you have not signed in from recently.\n\nYour account is not locked: you can sign in as usual. Further attempts from there are slowed down.\n\nIf this was not you, please change your password, ideally to a long one you use nowhere else: ${accountLink}\nIf you cannot sign in, reset it here: ${resetLink}\n\nIf it was you, you can ignore this message.`,
    },
  });
}
