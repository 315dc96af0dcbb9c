import { eq, sql } from 'drizzle-orm';
import type { TwoFactorRequirement } from '../../../../shared/contracts/two-factor-requirement.ts';
import type { Config } from '../../../config.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { platformSettings } from '../../../platform/settings/tables.ts';
import { openedBySingleSignOn } from '../../sso/session-origin.ts';
import { requirementOfHomeOrganisation } from './organisation-requirement-queries.ts';
import { hasPasskeys } from './passkey-proof.ts';
import { twoFactorOf } from './two-factor-queries.ts';

const KEY = 'two-factor-requirement';

/**
 * The stored requirement; never set, platform admins must have a second factor — except where the
 * configuration says otherwise for a never-set setting (tests and demo mode, `config.ts`).
 */
export async function twoFactorRequirement(db: Tx, config: Config): Promise<TwoFactorRequirement> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, KEY));
  const stored = (row?.value ?? {}) as Partial<Record<string, unknown>>;
  return {
    platformAdmins:
      typeof stored.platformAdmins === 'boolean' ? stored.platformAdmins : config.twoFactorForAdminsByDefault,
  };
}

/** Stores the requirement; locks the row first, so that the caller's audit entry names what it replaced. */
export async function replaceTwoFactorRequirement(
  tx: Tx,
  config: Config,
  next: TwoFactorRequirement,
): Promise<TwoFactorRequirement> {
  await tx
    .select({ key: platformSettings.key })
    .from(platformSettings)
    .where(eq(platformSettings.key, KEY))
    .for('update');
  const before = await twoFactorRequirement(tx, config);
  await tx
    .insert(platformSettings)
    .values({ key: KEY, value: next })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: next, updatedAt: sql`now()` } });
  return before;
}

/** Whether a person has an active second factor: an authenticator app or a passkey. */
export async function hasActiveSecondFactor(deps: Deps, personId: string): Promise<boolean> {
  return Boolean((await twoFactorOf(deps.db, personId))?.enabledAt) || (await hasPasskeys(deps.db, personId));
}

/**
 * Whether the person's home organisation requires a second factor of them: of its admins (`admins`) or of
 * all its members (`members`); only a confirmed membership counts. Null when it does not.
 */
export async function twoFactorRequiredOf(db: Tx, personId: string): Promise<'admins' | 'members' | null> {
  const required = await requirementOfHomeOrganisation(db, personId);
  if (!required) return null;
  if (required.scope === 'members') return 'members';
  if (required.scope === 'admins' && required.role === 'admin') return 'admins';
  return null;
}

/**
 * Whether a session's person must turn on a second factor before anything but the enrolment: their
 * organisation requires one and they have none. Sessions a single sign-on opened are exempt, as the
 * provider is trusted with the second factor (docs/security.md).
 */
export async function memberLacksSecondFactor(deps: Deps, principal: Principal): Promise<boolean> {
  if (!(await twoFactorRequiredOf(deps.db, principal.personId))) return false;
  if (await hasActiveSecondFactor(deps, principal.personId)) return false;
  return !(await openedBySingleSignOn(deps.db, principal.sessionId));
}

/** Whether a platform admin must turn on a second factor before administering: required, and none active. */
export async function adminLacksSecondFactor(deps: Deps, principal: Principal): Promise<boolean> {
  if (!principal.isPlatformAdmin) return false;
  if (!(await twoFactorRequirement(deps.db, deps.config)).platformAdmins) return false;
  return !(await hasActiveSecondFactor(deps, principal.personId));
}
