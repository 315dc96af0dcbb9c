import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { invalid } from '../../../platform/errors/problem.ts';
import { requestHomeOrganisation } from '../../organisations/membership.ts';
import { issueEmailToken } from '../email-tokens.ts';
import { alreadyRegisteredMail, verificationMail } from '../mails.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import { cleanName, insertPerson, normaliseEmail } from '../person-record.ts';
import { organisationExists, personByEmail } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import { mailVerificationLink } from './verify-email.ts';

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  organisationId?: string | undefined;
  locale?: 'de' | 'en' | undefined;
}

/**
 * Creates an unverified account and mails the verification link. When the address already has an
 * account, its owner gets a mail instead and the caller sees the same answer, so registration does
 * not reveal who has an account.
 */
export async function register(deps: Deps, input: RegisterInput, ctx: RequestContext): Promise<void> {
  const name = cleanName(input.name);
  const email = normaliseEmail(input.email);
  const locale = input.locale ?? 'de';
  if (input.organisationId && !(await organisationExists(deps.db, input.organisationId))) {
    throw invalid([{ field: 'body:/organisationId', message: 'no such organisation' }], 'Organisation not found');
  }
  // Hashed on both paths, so an existing account does not answer faster.
  const passwordHash = await hashPassword(input.password);

  const created = await deps.db.transaction(async (tx) => {
    const personId = await insertPerson(tx, { name, email, passwordHash, locale, verified: false });
    if (!personId) return null;
    if (input.organisationId) {
      await requestHomeOrganisation(tx, {
        personId,
        organisationId: input.organisationId,
        email,
        emailVerified: false,
      });
    }
    await audit(tx, {
      actorId: personId,
      action: 'auth.registered',
      subjectType: 'person',
      subjectId: personId,
      organisationId: input.organisationId ?? null,
      ip: ctx.ip,
    });
    return { personId, token: await issueEmailToken(tx, personId, 'verify-email') };
  });

  if (created) {
    sendInBackground(
      deps,
      ctx.log,
      verificationMail(email, locale, name, linkTo(deps, '/verify-email', { token: created.token })),
    );
    return;
  }
  await remindExistingOwner(deps, email, ctx);
}

async function remindExistingOwner(deps: Deps, email: string, ctx: RequestContext) {
  const existing = await personByEmail(deps.db, email);
  if (!existing || existing.lockedAt) return;
  if (!existing.emailVerifiedAt) {
    await mailVerificationLink(deps, existing, ctx);
    return;
  }
  sendInBackground(
    deps,
    ctx.log,
    alreadyRegisteredMail(
      existing.email,
      existing.locale,
      existing.name,
      linkTo(deps, '/sign-in'),
      linkTo(deps, '/reset-password'),
    ),
  );
}
