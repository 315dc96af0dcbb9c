import type { Mail } from '../../../platform/mail/mailer.ts';

/** Tells a person that an admin confirmed them as a member of their home organisation. */
export function membershipConfirmedMail(
  to: { email: string; name: string; locale: string },
  organisationName: string,
  link: string,
): Mail {
  if (to.locale === 'en') {
    return {
      to: to.email,
      subject: `You are now a confirmed member of ${organisationName}`,
      text: `Hello ${to.name},\n\nan administrator of ${organisationName} has confirmed your membership on Allmende. You can now work on behalf of your organisation.\n\n${link}\n\n-- \nAllmende`,
    };
  }
  return {
    to: to.email,
    subject: `Ihre Mitgliedschaft bei ${organisationName} ist bestätigt`,
    text: `Guten Tag ${to.name},\n\neine Administratorin oder ein Administrator von ${organisationName} hat Ihre Mitgliedschaft auf Allmende bestätigt. Sie können jetzt für Ihre Organisation tätig werden.\n\n${link}\n\n-- \nAllmende`,
  };
}
