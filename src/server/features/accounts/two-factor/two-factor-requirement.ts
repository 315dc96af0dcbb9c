import { eq, sql } from 'drizzle-orm';
import type { TwoFactorRequirement } from '../../../../shared/contracts/two-factor-requirement.ts';
import type { Config } from '../../../config.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { platformSettings } from '../../../platform/settings/tables.ts';
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

/** Whether a person has an active second factor. */
export async function hasActiveSecondFactor(deps: Deps, personId: string): Promise<boolean> {
  return Boolean((await twoFactorOf(deps.db, personId))?.enabledAt);
}

/** Whether a platform admin must turn on a second factor before administering: required, and none active. */
export async function adminLacksSecondFactor(deps: Deps, principal: Principal): Promise<boolean> {
  if (!principal.isPlatformAdmin) return false;
  if (!(await twoFactorRequirement(deps.db, deps.config)).platformAdmins) return false;
  return !(await hasActiveSecondFactor(deps, principal.personId));
}
