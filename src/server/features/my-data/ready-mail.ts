import type { Mail } from '../../platform/mail/mailer.ts';

/** The page that lists a person's exports (the mail and the notification link here, never to the file). */
export const MY_DATA_PAGE = '/account/my-data';

const day = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );

/**
 * "Ihre Daten sind bereit" / "Your data is ready", in the person's language, with a link to the page.
 * An export the platform administration prepared on the person's request says so, and whom to ask if
 * they did not ask for it.
 */
export function readyMail(
  person: { name: string; email: string; locale: string },
  pageLink: string,
  expiresAt: string,
  onRequest = false,
): Mail {
  if (person.locale === 'en') {
    const what = onRequest
      ? 'on your request, the platform administration has prepared an export of your data. It will hand it over to you as agreed; you can also download it yourself'
      : 'the export of your data you asked for is ready. You can download it';
    const ifNot = onRequest
      ? 'If you did not ask for it, please tell the platform administration.'
      : 'If you did not ask for it, please change your password.';
    return {
      to: person.email,
      subject: 'Your data is ready',
      text: `Hello ${person.name},\n\n${what} after signing in, on the page "My data":\n\n${pageLink}\n\nIt can be downloaded until ${day(expiresAt, 'en')}; then it is deleted. ${ifNot}\n\n-- \nAllmende`,
    };
  }
  const what = onRequest
    ? 'auf Ihre Anfrage hat die Plattform-Administration eine Zusammenstellung Ihrer Daten erstellt. Sie erhalten sie wie vereinbart; Sie können sie auch selbst'
    : 'die Zusammenstellung Ihrer Daten, die Sie angefordert haben, ist fertig. Sie können sie';
  const ifNot = onRequest
    ? 'Haben Sie das nicht angefordert, wenden Sie sich bitte an die Plattform-Administration.'
    : 'Haben Sie das nicht angefordert, ändern Sie bitte Ihr Passwort.';
  return {
    to: person.email,
    subject: 'Ihre Daten sind bereit',
    text: `Guten Tag ${person.name},\n\n${what} nach der Anmeldung auf der Seite „Meine Daten“ herunterladen:\n\n${pageLink}\n\nSie steht bis zum ${day(expiresAt, 'de')} bereit und wird danach gelöscht. ${ifNot}\n\n-- \nAllmende`,
  };
}
