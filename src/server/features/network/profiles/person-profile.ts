import { eq } from 'drizzle-orm';
import type {
  OrganisationRef,
  PersonProfile,
  ProfileVisibility,
} from '../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { networkProfiles } from '../tables.ts';
import { expertiseView } from './expertise-view.ts';
import { seesProfile } from './visibility.ts';

/** The person (not locked) with their confirmed home organisation; 404 for an unknown or locked person. */
export async function visiblePerson(
  tx: Tx,
  personId: string,
): Promise<{ id: string; name: string; organisation: OrganisationRef | null }> {
  const [person] = await tx
    .select({ id: persons.id, name: persons.name, lockedAt: persons.lockedAt })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person || person.lockedAt !== null) throw notFound('Person');
  const membership = await membershipOf(tx, personId);
  const summary =
    membership && membership.status === 'confirmed' ? await organisationSummary(tx, membership.organisationId) : null;
  return {
    id: person.id,
    name: person.name,
    organisation: summary
      ? { id: summary.id, name: summary.name, landCode: summary.landCode, landName: summary.landName }
      : null,
  };
}

/** A person's profile as the viewer may see it (see visibility.ts). */
export async function personProfileIn(tx: Tx, viewerId: string, personId: string): Promise<PersonProfile> {
  const person = await visiblePerson(tx, personId);
  const isMe = viewerId === personId;
  if (!(await seesProfile(tx, viewerId, personId))) return { ...person, isMe, details: null };
  const [profile] = await tx.select().from(networkProfiles).where(eq(networkProfiles.personId, personId));
  return {
    ...person,
    isMe,
    details: {
      jobTitle: profile?.jobTitle ?? '',
      department: profile?.department ?? '',
      languages: profile?.languages ?? [],
      phone: profile?.phone ?? '',
      about: profile?.about ?? '',
      visibility: (profile?.visibility ?? 'alliances') as ProfileVisibility,
      expertise: await expertiseView(tx, viewerId, personId),
    },
  };
}

/** GET /network/profiles/:personId: name and organisation for everyone signed in, the rest as the person chose. */
export async function personProfile(db: Db, principal: Principal | null, personId: string): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  return db.transaction((tx) => personProfileIn(tx, principal.personId, personId));
}
