import { and, asc, count, eq, min, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { organisationMemberships, organisations } from './tables.ts';

export interface RequestsAwaiting {
  /** Pending requests per organisation the person administers. */
  administered: Array<{ organisation: { id: string; name: string }; count: number }>;
  /** For platform admins: pending requests of organisations without a confirmed admin. */
  withoutAdmin: number;
}

/** Organisations with no confirmed admin: only platform admins can answer their requests. */
export const hasNoConfirmedAdmin = sql`not exists (
  select 1 from ${organisationMemberships} a
  where a.organisation_id = ${organisationMemberships.organisationId} and a.status = 'confirmed' and a.role = 'admin')`;

/**
 * The membership requests this person must answer: those of the organisation they administer and,
 * for platform admins, those of organisations without a confirmed admin (nobody else can answer
 * them; requests of organisations with admins are for those admins).
 */
export async function membershipRequestsAwaiting(
  tx: Tx,
  person: { personId: string; isPlatformAdmin: boolean },
): Promise<RequestsAwaiting> {
  const administered = await tx
    .select({ id: organisations.id, name: organisations.name, n: count() })
    .from(organisationMemberships)
    .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(
      and(
        eq(organisationMemberships.status, 'pending'),
        sql`exists (
          select 1 from ${organisationMemberships} a
          where a.organisation_id = ${organisations.id} and a.person_id = ${person.personId}
            and a.status = 'confirmed' and a.role = 'admin')`,
      ),
    )
    .groupBy(organisations.id, organisations.name)
    .orderBy(asc(min(organisationMemberships.createdAt)), asc(organisations.id));
  let withoutAdmin = 0;
  if (person.isPlatformAdmin) {
    const [row] = await tx
      .select({ n: count() })
      .from(organisationMemberships)
      .where(and(eq(organisationMemberships.status, 'pending'), hasNoConfirmedAdmin));
    withoutAdmin = row?.n ?? 0;
  }
  return {
    administered: administered.map((r) => ({ organisation: { id: r.id, name: r.name }, count: r.n })),
    withoutAdmin,
  };
}
