import type { Mail } from '../../../platform/mail/mailer.ts';

export interface InterestMailInput {
  to: { email: string; name: string | null; locale: string };
  sender: { name: string; email: string; organisationName: string | null };
  kind: 'contact' | 'reuse';
  title: string;
  message: string;
  link: string;
}

/**
 * The mail to a record's contact when someone writes through the record page. Answers go straight
 * to the sender (Reply-To), so the platform does not sit in the conversation.
 */
export function interestMail(input: InterestMailInput): Mail {
  const { to, sender, title, message, link } = input;
  const from = sender.organisationName ? `${sender.name} (${sender.organisationName})` : sender.name;
  if (to.locale === 'en') {
    const about = input.kind === 'reuse' ? 'would like to reuse' : 'would like to get in touch about';
    return {
      to: to.email,
      replyTo: sender.email,
      subject: `${from} ${about} “${title}”`,
      text: [
        to.name ? `Hello ${to.name},` : 'Hello,',
        '',
        `${from} ${about} the cooperation “${title}” in the Allmende cooperation atlas, where you are named as a contact:`,
        '',
        message,
        '',
        `Reply to this mail to answer ${sender.name} directly (${sender.email}).`,
        `The record: ${link}`,
      ].join('\n'),
    };
  }
  const about = input.kind === 'reuse' ? 'möchte nachnutzen' : 'möchte Kontakt aufnehmen zu';
  return {
    to: to.email,
    replyTo: sender.email,
    subject: `${from} ${about}: „${title}“`,
    text: [
      to.name ? `Guten Tag ${to.name},` : 'Guten Tag,',
      '',
      input.kind === 'reuse'
        ? `${from} interessiert sich dafür, die Kooperation „${title}“ nachzunutzen. Sie sind im Kooperationsatlas von Allmende als Ansprechperson genannt:`
        : `${from} möchte zur Kooperation „${title}“ Kontakt mit Ihnen aufnehmen. Sie sind im Kooperationsatlas von Allmende als Ansprechperson genannt:`,
      '',
      message,
      '',
      `Antworten Sie auf diese Mail, um ${sender.name} direkt zu erreichen (${sender.email}).`,
      `Zum Eintrag: ${link}`,
    ].join('\n'),
  };
}
