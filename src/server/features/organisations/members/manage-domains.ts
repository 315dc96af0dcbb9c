import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors/problem.ts';
import { canManage } from '../policy.ts';
import { requireOrganisation } from '../profile/profile.ts';
import { deleteDomain, domainOwner, insertDomain } from '../queries.ts';
import type { Actor } from '../viewer.ts';

// Mail providers anyone can get an address at: registering one would let anybody join automatically.
const PUBLIC_MAIL_DOMAINS = new Set([
  'aol.com',
  'freenet.de',
  'gmail.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hotmail.com',
  'hotmail.de',
  'icloud.com',
  'live.com',
  'mail.de',
  'mailbox.org',
  'outlook.com',
  'outlook.de',
  'posteo.de',
  'proton.me',
  'protonmail.com',
  't-online.de',
  'web.de',
  'yahoo.com',
  'yahoo.de',
]);

/** Registers an e-mail domain: people who register with it and name the organisation are confirmed automatically. */
export async function addDomain(db: Db, actor: Actor, organisationId: string, rawDomain: string) {
  const domain = rawDomain.toLowerCase();
  if (PUBLIC_MAIL_DOMAINS.has(domain)) {
    throw invalid([{ field: 'body:/domain', message: 'is a public mail provider anyone can use' }]);
  }
  return db.transaction(async (tx) => {
    await requireOrganisation(tx, organisationId);
    if (!canManage(actor.viewer, organisationId))
      throw forbidden('Only administrators of the organisation manage domains.');
    const added = await insertDomain(tx, organisationId, domain);
    if (!added) {
      const owner = await domainOwner(tx, domain);
      throw owner === organisationId
        ? conflict('domain-exists', 'The organisation has registered this domain already')
        : conflict(
            'domain-taken',
            'Another organisation has registered this domain',
            'Ask a platform administrator if it is yours.',
          );
    }
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.domain_added',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationId,
      ip: actor.ip,
      details: { domain },
    });
    return added;
  });
}

export async function removeDomain(db: Db, actor: Actor, organisationId: string, rawDomain: string) {
  const domain = rawDomain.toLowerCase();
  await db.transaction(async (tx) => {
    await requireOrganisation(tx, organisationId);
    if (!canManage(actor.viewer, organisationId))
      throw forbidden('Only administrators of the organisation manage domains.');
    if (!(await deleteDomain(tx, organisationId, domain))) throw notFound('Domain');
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.domain_removed',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationId,
      ip: actor.ip,
      details: { domain },
    });
  });
}
