import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { insertPerson, normaliseEmail } from '../../accounts/person-record.ts';
import { organisationExists, personByEmail, personById } from '../../accounts/queries.ts';
import type { RequestContext } from '../../accounts/request-context.ts';
import { type OpenedSession, openSession } from '../../accounts/session-cookie.ts';
import { confirmVouchedHomeOrganisation } from '../../organisations/membership.ts';
import { client, isUnavailable, messageOf, providerConfiguration } from '../oidc-client.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import { providerById, SsoFailure } from '../providers.ts';
import {
  claimFlow,
  identityOf,
  insertIdentity,
  insertSsoSession,
  rememberUnusablePassword,
  touchIdentity,
  updateFromProvider,
} from '../queries.ts';
import { applyGroupRoles } from './group-roles.ts';
import { type ProviderPerson, providerPersonOf } from './provider-person.ts';

export interface CallbackInput {
  /** The callback address as the browser called it, with the provider's query string. */
  currentUrl: URL;
  state: string;
  /** The state this browser was given at the start (cookie), to bind the answer to the browser that asked. */
  browserState: string | undefined;
  /** Who is signed in on this browser now (for linking). */
  principalId: string | null;
}

export type CallbackResult =
  | { kind: 'signed-in'; personId: string; session: OpenedSession; returnTo: string | null }
  | { kind: 'linked'; personId: string; returnTo: string | null };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finishes a sign-in at the callback: the state must be this browser's and an open flow's (used once),
 * then `openid-client` redeems the code with the PKCE verifier and checks the ID token — signature by the
 * provider's published keys, issuer, audience (our client id), expiry, nonce — and the `iss` of the
 * answer (RFC 9207) against mix-up. Every refusal is an `SsoFailure`.
 */
export async function finishFlow(
  deps: Deps,
  providerId: string,
  input: CallbackInput,
  ctx: RequestContext,
): Promise<CallbackResult> {
  const provider = await providerById(deps, providerId);
  if (!input.browserState || !sameText(input.browserState, input.state))
    throw new SsoFailure('flow-invalid', 'state is not the one this browser was given');
  const flow = await claimFlow(deps.db, hashToken(input.state), provider.id);
  if (!flow) throw new SsoFailure('flow-invalid', 'no open flow for this state (used, expired or unknown)');
  if (input.currentUrl.searchParams.has('error'))
    throw new SsoFailure('provider-refused', `provider answered ${input.currentUrl.searchParams.get('error')}`);

  let person: ProviderPerson;
  try {
    const config = await providerConfiguration(provider);
    const tokens = await client.authorizationCodeGrant(config, input.currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: input.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    person = providerPersonOf(provider, claims);
  } catch (error) {
    if (error instanceof SsoFailure) throw error;
    throw new SsoFailure(isUnavailable(error) ? 'provider-unavailable' : 'sign-in-refused', messageOf(error));
  }

  if (flow.linkPersonId) {
    if (input.principalId !== flow.linkPersonId)
      throw new SsoFailure('link-session-changed', 'the person who started linking is no longer signed in');
    await link(deps, provider, person, flow.linkPersonId, ctx);
    return { kind: 'linked', personId: flow.linkPersonId, returnTo: flow.returnTo };
  }
  const { personId, session } = await signInOrRegister(deps, provider, person, ctx);
  return { kind: 'signed-in', personId, session, returnTo: flow.returnTo };
}

async function link(
  deps: Deps,
  provider: SsoProviderSettings,
  person: ProviderPerson,
  personId: string,
  ctx: RequestContext,
) {
  await deps.db.transaction(async (tx) => {
    const existing = await identityOf(tx, person.issuer, person.subject);
    if (existing && existing.personId !== personId)
      throw new SsoFailure('identity-taken', 'this provider account is linked to another person');
    if (!existing)
      await insertIdentity(tx, { providerId: provider.id, issuer: person.issuer, subject: person.subject, personId });
    await audit(tx, {
      actorId: personId,
      action: 'auth.sso_linked',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
      details: { provider: provider.id },
    });
  });
}

async function signInOrRegister(
  deps: Deps,
  provider: SsoProviderSettings,
  person: ProviderPerson,
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  // Made before the transaction, and only when an account may be created: argon2id takes a moment. The
  // password is never told to anyone; a reset by mail gives the person one of their own.
  const unusablePasswordHash = (await identityOf(deps.db, person.issuer, person.subject))
    ? ''
    : await hashPassword(newToken());
  return deps.db.transaction(async (tx) => {
    const identity = await identityOf(tx, person.issuer, person.subject);
    let personId: string;
    let action: string;
    if (identity) {
      const known = await personById(tx, identity.personId);
      if (!known) throw new SsoFailure('sign-in-refused', 'linked person is gone');
      if (known.lockedAt) throw new SsoFailure('account-locked');
      personId = known.id;
      action = 'auth.sso_login';
      await updateFromProvider(tx, personId, {
        name: person.name,
        email: person.emailVerified && person.email ? person.email : known.email,
        emailVerified: person.emailVerified,
      });
      await touchIdentity(tx, identity.id);
    } else {
      // Linked a moment ago by a concurrent sign-in: refused rather than made without a password hash.
      if (!unusablePasswordHash) throw new SsoFailure('sign-in-refused', 'the provider account changed meanwhile');
      personId = await register(tx, provider, person, unusablePasswordHash);
      action = 'auth.sso_registered';
    }
    await audit(tx, {
      actorId: personId,
      action,
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
      details: { provider: provider.id },
    });
    await applyGroupRoles(tx, provider, { personId, groups: person.groups, ip: ctx.ip });
    const session = await openSession(deps, tx, personId, ctx);
    // Kept so that the provider's back-channel logout can end this session (by its sid or the subject).
    await insertSsoSession(tx, {
      sessionId: session.sessionId,
      providerId: provider.id,
      issuer: person.issuer,
      subject: person.subject,
      sid: person.sid,
    });
    return { personId, session };
  });
}

/**
 * The first sign-in of a provider's person creates the account — with an address the provider has
 * verified, and never on top of an existing account with that address: its owner must sign in with the
 * password and link the provider from there, so that whoever controls a provider account cannot take over
 * an account silently.
 */
async function register(tx: Tx, provider: SsoProviderSettings, person: ProviderPerson, passwordHash: string) {
  if (!person.email || !person.emailVerified)
    throw new SsoFailure('email-not-verified', 'the provider did not vouch for the e-mail address');
  const email = normaliseEmail(person.email);
  if (await personByEmail(tx, email)) throw new SsoFailure('account-exists');
  const personId = await insertPerson(tx, { name: person.name, email, passwordHash, locale: 'de', verified: true });
  if (!personId) throw new SsoFailure('account-exists');
  await rememberUnusablePassword(tx, personId, passwordHash);
  if (
    !(await insertIdentity(tx, { providerId: provider.id, issuer: person.issuer, subject: person.subject, personId }))
  )
    throw new SsoFailure('sign-in-refused', 'the provider account was linked at the same moment');
  if (person.organisationId && (await organisationExists(tx, person.organisationId)))
    await confirmVouchedHomeOrganisation(tx, { personId, organisationId: person.organisationId });
  return personId;
}
