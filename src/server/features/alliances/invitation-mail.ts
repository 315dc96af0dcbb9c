import type { Mail } from '../../platform/mail/mailer.ts';

export interface InvitationMailInput {
  to: { email: string; name: string; locale: string };
  allianceName: string;
  invitedOrganisationName: string;
  invitingOrganisationName: string | null;
  link: string;
}

/** The mail telling an organisation's admin that their organisation is invited into an alliance. */
export function invitationMail(input: InvitationMailInput): Mail {
  const { to, allianceName, invitedOrganisationName: invited, link } = input;
  if (to.locale === 'en') {
    const by = input.invitingOrganisationName ? `${input.invitingOrganisationName} invites` : 'You are invited:';
    return {
      to: to.email,
      subject: `Invitation to the alliance “${allianceName}”`,
      text: [
        `Hello ${to.name},`,
        '',
        `${by} ${invited} to join the alliance “${allianceName}” on Allmende.`,
        `As an administrator of ${invited} you can accept or decline the invitation here:`,
        '',
        link,
        '',
        'The organisation joins only when one of its administrators accepts.',
      ].join('\n'),
    };
  }
  const by = input.invitingOrganisationName ? `${input.invitingOrganisationName} lädt` : 'Eingeladen wird';
  return {
    to: to.email,
    subject: `Einladung in den Verbund „${allianceName}“`,
    text: [
      `Guten Tag ${to.name},`,
      '',
      input.invitingOrganisationName
        ? `${by} ${invited} in den Verbund „${allianceName}“ auf Allmende ein.`
        : `${by} ${invited} in den Verbund „${allianceName}“ auf Allmende.`,
      `Als Administrator*in von ${invited} können Sie die Einladung hier annehmen oder ablehnen:`,
      '',
      link,
      '',
      'Die Organisation tritt erst bei, wenn eine Administratorin oder ein Administrator zustimmt.',
    ].join('\n'),
  };
}
