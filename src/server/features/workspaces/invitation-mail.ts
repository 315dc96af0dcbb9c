import type { Mail } from '../../platform/mail/mailer.ts';
import type { WorkspaceRole } from './membership.ts';

export interface WorkspaceInvitationMailInput {
  to: string;
  /** The invited person's name when they have an account. */
  name: string | null;
  locale: string;
  workspaceName: string;
  inviterName: string;
  role: WorkspaceRole;
  link: string;
  expiresAt: Date;
}

const ROLE_DE: Record<WorkspaceRole, string> = { owner: 'Eigentümer*in', member: 'Mitglied', guest: 'Gast' };

/** The mail with the link to accept an invitation into a workspace; it also reaches people without an account. */
export function workspaceInvitationMail(input: WorkspaceInvitationMailInput): Mail {
  const { workspaceName, inviterName, link } = input;
  if (input.locale === 'en') {
    return {
      to: input.to,
      subject: `Invitation to the workspace “${workspaceName}”`,
      text: [
        input.name ? `Hello ${input.name},` : 'Hello,',
        '',
        `${inviterName} invites you to the workspace “${workspaceName}” on Allmende (as ${input.role}).`,
        input.name
          ? 'Open this link and sign in to accept:'
          : 'Open this link to accept; you can create your account there:',
        '',
        link,
        '',
        `The link is valid until ${input.expiresAt.toISOString().slice(0, 10)}.`,
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    subject: `Einladung in den Arbeitsraum „${workspaceName}“`,
    text: [
      input.name ? `Guten Tag ${input.name},` : 'Guten Tag,',
      '',
      `${inviterName} lädt Sie in den Arbeitsraum „${workspaceName}“ auf Allmende ein (als ${ROLE_DE[input.role]}).`,
      input.name
        ? 'Öffnen Sie diesen Link und melden Sie sich an, um die Einladung anzunehmen:'
        : 'Öffnen Sie diesen Link, um die Einladung anzunehmen; dort können Sie auch Ihr Konto anlegen:',
      '',
      link,
      '',
      `Der Link gilt bis zum ${input.expiresAt.toISOString().slice(0, 10)}.`,
    ].join('\n'),
  };
}
