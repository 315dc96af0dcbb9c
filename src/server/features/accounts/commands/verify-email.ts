import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { confirmByDomain } from '../../organisations/membership.ts';
import { issueEmailToken, redeemEmailToken } from '../email-tokens.ts';
import { verificationMail } from '../mails.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import { normaliseEmail } from '../person-record.ts';
import { personByEmail, personById, updatePerson } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';

export const invalidToken = () =>
  new Problem(400, 'invalid-token', 'The link is invalid or has expired', 'Ask for a new link.');

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
    const personId = await redeemEmailToken(tx, token, 'verify-email');
    const person = personId ? await personById(tx, personId) : null;
    if (!person) throw invalidToken();
    if (!person.emailVerifiedAt) await markVerified(tx, person, ctx);
  });
}

/** Sends a fresh verification link to an unverified account; silently nothing otherwise. */
export async function resendVerification(deps: Deps, rawEmail: string, ctx: RequestContext): Promise<void> {
  const person = await personByEmail(deps.db, normaliseEmail(rawEmail));
  if (!person || person.emailVerifiedAt || person.lockedAt) return;
  const token = await issueEmailToken(deps.db, person.id, 'verify-email');
  const link = linkTo(deps, '/verify-email', { token });
  sendInBackground(deps, ctx.log, verificationMail(person.email, person.locale, person.name, link));
}
