import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import type { Mail } from '../../../platform/mail/mailer.ts';
import { notify } from '../../notifications/notify.ts';

/** The notification kind the home organisation's admins get (the bell shows it; the digest does not mail it: a mail goes at once). */
export const ACCOUNT_DELETED = 'account-deleted';

export interface Recipient {
  name: string;
  email: string;
  locale: string;
}

/** The person's home organisation (confirmed or asked for) and its confirmed admins other than the person. */
export async function homeOrganisationOf(tx: Tx, personId: string) {
  const [home] = rowsOf<{ id: string; name: string }>(
    await tx.execute(
      sql`select o.id, o.name from organisation_memberships m join organisations o on o.id = m.organisation_id
          where m.person_id = ${personId}`,
    ),
  );
  if (!home) return null;
  const admins = rowsOf<Recipient & { id: string }>(
    await tx.execute(
      sql`select p.id, p.name, p.email, p.locale from organisation_memberships m join persons p on p.id = m.person_id
          where m.organisation_id = ${home.id} and m.role = 'admin' and m.status = 'confirmed'
            and m.person_id <> ${personId} and p.deleted_at is null and p.locked_at is null
          order by p.id`,
    ),
  );
  return { ...home, admins };
}

/** Tells the organisation's admins in the bell (in the deletion's transaction); the mails go after commit. */
export async function noticeAdmins(
  tx: Tx,
  home: { id: string; name: string; admins: { id: string }[] },
  formerName: string,
): Promise<void> {
  if (home.admins.length === 0) return;
  await notify(
    tx,
    home.admins.map((a) => a.id),
    {
      kind: ACCOUNT_DELETED,
      data: { organisationName: home.name, personName: formerName },
      link: `/organisations/${home.id}`,
    },
  );
}

/** "Ein Konto wurde gelöscht": to an admin of the person's home organisation, naming the person as they were known. */
export function adminMail(admin: Recipient, formerName: string, organisationName: string, link: string): Mail {
  if (admin.locale === 'en') {
    return {
      to: admin.email,
      subject: `An account of ${organisationName} was deleted`,
      text: `Hello ${admin.name},\n\nthe account of ${formerName}, a member of ${organisationName}, was deleted. They are no longer a member; what they wrote and others rely on is now shown under "former member".\n\n${link}\n\n-- \nAllmende`,
    };
  }
  return {
    to: admin.email,
    subject: `Ein Konto von ${organisationName} wurde gelöscht`,
    text: `Guten Tag ${admin.name},\n\ndas Konto von ${formerName}, Mitglied von ${organisationName}, wurde gelöscht. Die Person ist kein Mitglied mehr; was sie geschrieben hat und worauf andere bauen, steht nun unter „ehemalige Person“.\n\n${link}\n\n-- \nAllmende`,
  };
}

/** To the person whose account a platform admin deleted on their request (to the address they had). */
export function deletedOnRequestMail(person: Recipient): Mail {
  if (person.locale === 'en') {
    return {
      to: person.email,
      subject: 'Your account was deleted',
      text: `Hello ${person.name},\n\nas requested, your account on Allmende was deleted by a platform administrator. Your profile, sign-in data and memberships are removed. You can register again with this address at any time.\n\nIf you did not ask for this, please reply to the platform's operator (see the Impressum).\n\n-- \nAllmende`,
    };
  }
  return {
    to: person.email,
    subject: 'Ihr Konto wurde gelöscht',
    text: `Guten Tag ${person.name},\n\nwie gewünscht hat eine Plattform-Administration Ihr Konto bei Allmende gelöscht. Ihr Profil, Ihre Anmeldedaten und Mitgliedschaften sind entfernt. Sie können sich mit dieser Adresse jederzeit neu registrieren.\n\nHaben Sie das nicht verlangt, wenden Sie sich bitte an den Betreiber der Plattform (siehe Impressum).\n\n-- \nAllmende`,
  };
}
