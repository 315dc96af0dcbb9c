import type { Mail } from '../../platform/mail/mailer.ts';

/** The page that lists a person's exports (the mail and the notification link here, never to the file). */
export const MY_DATA_PAGE = '/account/my-data';

const day = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );

/** "Ihre Daten sind bereit" / "Your data is ready", in the person's language, with a link to the page. */
export function readyMail(
  person: { name: string; email: string; locale: string },
  pageLink: string,
  expiresAt: string,
): Mail {
  if (person.locale === 'en') {
    return {
      to: person.email,
      subject: 'Your data is ready',
      text: `Hello ${person.name},\n\nthe export of your data you asked for is ready. You can download it after signing in, on the page "My data":\n\n${pageLink}\n\nIt can be downloaded until ${day(expiresAt, 'en')}; then it is deleted. If you did not ask for it, please change your password.\n\n-- \nAllmende`,
    };
  }
  return {
    to: person.email,
    subject: 'Ihre Daten sind bereit',
    text: `Guten Tag ${person.name},\n\ndie Zusammenstellung Ihrer Daten, die Sie angefordert haben, ist fertig. Sie können sie nach der Anmeldung auf der Seite „Meine Daten“ herunterladen:\n\n${pageLink}\n\nSie steht bis zum ${day(expiresAt, 'de')} bereit und wird danach gelöscht. Haben Sie das nicht angefordert, ändern Sie bitte Ihr Passwort.\n\n-- \nAllmende`,
  };
}
