import { sql } from 'drizzle-orm';
import { type DataPart, rows } from './part.ts';

/**
 * The account: name, address, language, times; whether two factors are on and how many recovery codes
 * are left. Never the password hash, the TOTP secret or any code or token hash.
 */
export const accountPart: DataPart = {
  name: 'account',
  async collect(tx, personId) {
    const [person] = await rows(
      tx,
      sql`select id, name, email, email_verified_at as "emailVerifiedAt", locked_at as "lockedAt",
            is_platform_admin as "isPlatformAdmin", locale, created_at as "createdAt", updated_at as "updatedAt"
          from persons where id = ${personId}`,
    );
    const [twoFactor] = await rows(
      tx,
      sql`select enabled_at as "enabledAt", created_at as "createdAt" from two_factor_secrets where person_id = ${personId}`,
    );
    const [codes] = await rows<{ unused: number; used: number }>(
      tx,
      sql`select count(*) filter (where used_at is null)::int as unused, count(*) filter (where used_at is not null)::int as used
          from two_factor_recovery_codes where person_id = ${personId}`,
    );
    const [settings] = await rows(
      tx,
      sql`select digest_frequency as "digestFrequency", last_digest_at as "lastDigestAt"
          from notification_settings where person_id = ${personId}`,
    );
    const preferences = await rows(
      tx,
      sql`select kind, in_app as "inApp", mail from notification_preferences where person_id = ${personId} order by kind`,
    );
    return {
      json: {
        person: person ?? null,
        twoFactor: twoFactor ? { ...twoFactor, recoveryCodes: codes ?? { unused: 0, used: 0 } } : null,
        notificationSettings: settings ?? null,
        notificationPreferences: preferences,
      },
    };
  },
};
