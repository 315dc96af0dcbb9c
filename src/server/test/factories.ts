import { eq } from 'drizzle-orm';
import { searchNameOf } from '../features/organisations/search/search-name.ts';
import { organisationDomains, organisationMemberships, organisations } from '../features/organisations/tables.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { createSession } from '../platform/auth/session-store.ts';
import { persons } from '../platform/auth/tables.ts';
import { newId } from '../platform/db/ids.ts';
import type { TestApp } from './test-app.ts';

let counter = 0;
/** A name unique within this run, so tests never collide in the shared database. */
export function unique(prefix = 'x'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}`;
}

export const TEST_PASSWORD = 'correct horse battery staple';
const passwordHash = hashPassword(TEST_PASSWORD);

export interface TestOrganisation {
  id: string;
  name: string;
  domain: string;
}

/** A fresh organisation of its own (type Zweckverband unless given), with a registered e-mail domain. */
export async function createOrganisation(
  t: TestApp,
  input: { name?: string; type?: string; landCode?: string; withDomain?: boolean } = {},
): Promise<TestOrganisation> {
  const id = newId();
  const name = input.name ?? `Testverband ${unique('org')}`;
  await t.deps.db.insert(organisations).values({
    id,
    name,
    searchName: searchNameOf(name),
    type: input.type ?? 'zweckverband',
    landCode: input.landCode ?? '03',
    latitude: 53.4,
    longitude: 10.0,
    source: 'manual',
  });
  const domain = `${unique('d')}.example`.toLowerCase();
  if (input.withDomain !== false) {
    await t.deps.db.insert(organisationDomains).values({ domain, organisationId: id });
  }
  return { id, name, domain };
}

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  password: string;
  /** `allmende_session=…`, ready for a Cookie header. */
  cookie: string;
}

/**
 * A verified person with a signed-in session. With `organisation`, a member of it (`role`, confirmed
 * unless `pending`).
 */
export async function createPerson(
  t: TestApp,
  input: {
    organisation?: TestOrganisation;
    role?: 'admin' | 'editor' | 'member';
    pending?: boolean;
    platformAdmin?: boolean;
    verified?: boolean;
    name?: string;
  } = {},
): Promise<TestPerson> {
  const id = newId();
  const slug = unique('p');
  const email = `${slug}@${input.organisation?.domain ?? 'people.example'}`.toLowerCase();
  const name = input.name ?? `Person ${slug}`;
  await t.deps.db.insert(persons).values({
    id,
    name,
    email,
    passwordHash: await passwordHash,
    emailVerifiedAt: input.verified === false ? null : new Date(),
    isPlatformAdmin: input.platformAdmin ?? false,
  });
  if (input.organisation) {
    await t.deps.db.insert(organisationMemberships).values({
      personId: id,
      organisationId: input.organisation.id,
      role: input.role ?? 'member',
      status: input.pending ? 'pending' : 'confirmed',
      confirmedAt: input.pending ? null : new Date(),
    });
  }
  const session = await createSession(t.deps.db, { personId: id, days: 1, ip: '127.0.0.1', userAgent: 'vitest' });
  return { id, name, email, password: TEST_PASSWORD, cookie: `allmende_session=${session.token}` };
}

/** Looks a person up again (e.g. to see whether a change was stored). */
export async function findPerson(t: TestApp, id: string) {
  const rows = await t.deps.db.select().from(persons).where(eq(persons.id, id));
  return rows[0];
}
