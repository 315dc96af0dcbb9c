import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { confirmByDomain } from '../../organisations/membership.ts';
import { issueEmailToken, redeemEmailToken } from '../email-tokens.ts';
import { verificationMail } from '../mails.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import { normaliseEmail } from '../person-record.ts';
import { type PersonRow, personByEmail, updatePerson } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';

/** Marks the address as verified; a home organisation that registered its domain is then confirmed. */
export async function markVerified(tx: Tx, person: { id: string; email: string }, ctx: RequestContext) {
  await updatePerson(tx, person.id, { emailVerifiedAt: new Date() });
  await confirmByDomain(tx, person.id, person.email);
  await audit(tx, {
    actorId: person.id,
    action: 'auth.email_verified',
    subjectType: 'person',
    subjectId: person.id,
    ip: ctx.ip,
  });
}

/** Redeems a verification link. */
export async function verifyEmail(deps: Deps, token: string, ctx: RequestContext): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const person = await redeemEmailToken(tx, token, 'verify-email');
    if (!person.emailVerifiedAt) await markVerified(tx, person, ctx);
  });
}

/** Sends a fresh verification link to an unverified account; silently nothing otherwise. */
export async function resendVerification(deps: Deps, rawEmail: string, ctx: RequestContext): Promise<void> {
  const person = await personByEmail(deps.db, normaliseEmail(rawEmail));
  if (!person || person.emailVerifiedAt || person.lockedAt) return;
  await mailVerificationLink(deps, person, ctx);
}

/** Mails a fresh verification link to the person. */
export async function mailVerificationLink(deps: Deps, person: PersonRow, ctx: RequestContext): Promise<void> {
  const token = await issueEmailToken(deps.db, person.id, 'verify-email');
  const link = linkTo(deps, '/verify-email', { token });
  sendInBackground(deps, ctx.log, verificationMail(person.email, person.locale, person.name, link));
}
