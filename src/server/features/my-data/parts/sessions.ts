import { sql } from 'drizzle-orm';
import { type DataPart, rows } from './part.ts';

/** Sessions (device, address, times) and app passwords (name, scope, last four characters, times); never a token or its hash. */
export const sessionsPart: DataPart = {
  name: 'sessions',
  async collect(tx, personId) {
    const sessions = await rows(
      tx,
      sql`select id, user_agent as "device", ip as "address", created_at as "createdAt", last_seen_at as "lastSeenAt",
            expires_at as "expiresAt"
          from sessions where person_id = ${personId} order by created_at desc`,
    );
    const appPasswords = await rows(
      tx,
      sql`select id, name, scope, last_four as "lastFour", created_at as "createdAt", last_used_at as "lastUsedAt",
            revoked_at as "revokedAt"
          from app_passwords where person_id = ${personId} order by created_at desc`,
    );
    return { json: { sessions, appPasswords } };
  },
};
