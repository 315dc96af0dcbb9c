import { and, asc, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { persons, sessions } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
// Read-only join: the admin list shows each person's home organisation.
import { hasNoConfirmedAdmin } from '../organisations/awaiting.ts';
import { organisationDomains, organisationMemberships, organisations } from '../organisations/tables.ts';

function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listPersons(
  tx: Tx,
  input: { q?: string | undefined; waiting?: boolean | undefined; offset: number; limit: number },
) {
  const where = and(
    // A deleted account's row stays anonymised for what refers to it; it is nobody to administer.
    isNull(persons.deletedAt),
    input.q
      ? or(
          sql`lower(${persons.name}) like ${containing(input.q)}`,
          sql`${persons.email} like ${containing(input.q)}`,
          // The audit log's person filter names its person by ID.
          sql`${persons.id}::text = ${input.q.toLowerCase()}`,
        )
      : undefined,
    input.waiting ? and(eq(organisationMemberships.status, 'pending'), hasNoConfirmedAdmin) : undefined,
  );
  const [items, totals] = await Promise.all([
    tx
      .select({
        id: persons.id,
        name: persons.name,
        email: persons.email,
        isPlatformAdmin: persons.isPlatformAdmin,
        lockedAt: persons.lockedAt,
        emailVerifiedAt: persons.emailVerifiedAt,
        createdAt: persons.createdAt,
        organisationId: organisations.id,
        organisationName: organisations.name,
        role: organisationMemberships.role,
        status: organisationMemberships.status,
        domainMatches: sql<boolean>`exists (
          select 1 from ${organisationDomains}
          where ${organisationDomains.organisationId} = ${organisationMemberships.organisationId}
            and ${organisationDomains.domain} = substring(${persons.email} from '@([^@]+)$'))`,
      })
      .from(persons)
      .leftJoin(organisationMemberships, eq(organisationMemberships.personId, persons.id))
      .leftJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
      .where(where)
      .orderBy(asc(persons.name), asc(persons.id))
      .offset(input.offset)
      .limit(input.limit),
    tx
      .select({ total: count() })
      .from(persons)
      .leftJoin(organisationMemberships, eq(organisationMemberships.personId, persons.id))
      .where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function personLockState(tx: Tx, id: string): Promise<{ lockedAt: Date | null } | null> {
  const rows = await tx.select({ lockedAt: persons.lockedAt }).from(persons).where(eq(persons.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Sets or clears the lock; true when it changed anything. */
export async function setLocked(tx: Tx, id: string, locked: boolean): Promise<boolean> {
  const rows = await tx
    .update(persons)
    .set({ lockedAt: locked ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(persons.id, id), locked ? isNull(persons.lockedAt) : isNotNull(persons.lockedAt)))
    .returning({ id: persons.id });
  return rows.length > 0;
}

export async function endAllSessions(tx: Tx, personId: string) {
  await tx.delete(sessions).where(eq(sessions.personId, personId));
}
