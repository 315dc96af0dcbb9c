import { eq } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { invalid } from '../../platform/errors/problem.ts';

/** E-mail addresses are compared and stored lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A name as stored: trimmed; a blank name is refused as a field error. */
export function cleanName(name: string, field = 'body:/name'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw invalid([{ field, message: 'must not be blank' }]);
  return trimmed;
}

/**
 * Inserts a person; returns the new id, or null when the e-mail already has an account
 * (also when a concurrent request took it a moment ago).
 */
export async function insertPerson(
  tx: Tx,
  input: {
    name: string;
    email: string;
    passwordHash: string;
    locale: 'de' | 'en';
    verified: boolean;
    isPlatformAdmin?: boolean;
  },
): Promise<string | null> {
  const rows = await tx
    .insert(persons)
    .values({
      id: newId(),
      name: input.name,
      email: normaliseEmail(input.email),
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.verified ? new Date() : null,
      isPlatformAdmin: input.isPlatformAdmin ?? false,
      locale: input.locale,
    })
    .onConflictDoNothing({ target: persons.email })
    .returning({ id: persons.id });
  return rows[0]?.id ?? null;
}

/** The id of the person with this e-mail address, or null. */
export async function personIdByEmail(tx: Tx, email: string): Promise<string | null> {
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.email, normaliseEmail(email)))
    .limit(1);
  return rows[0]?.id ?? null;
}
