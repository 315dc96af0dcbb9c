import type { PersonProfile, ProfileInput } from '../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { networkProfiles } from '../tables.ts';
import { personProfileIn } from './person-profile.ts';

/** My own profile, with every field and my expertise. */
export async function myProfile(db: Db, principal: Principal | null): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  return db.transaction((tx) => personProfileIn(tx, principal.personId, principal.personId));
}

/** Saves my profile's fields and whom they are shown to; the texts are kept as plain text. */
export async function saveMyProfile(db: Db, principal: Principal | null, input: ProfileInput): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  const values = {
    jobTitle: input.jobTitle.trim(),
    department: input.department.trim(),
    languages: input.languages,
    phone: input.phone.trim(),
    about: input.about.trim(),
    visibility: input.visibility,
    updatedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    await tx
      .insert(networkProfiles)
      .values({ personId: principal.personId, ...values })
      .onConflictDoUpdate({ target: networkProfiles.personId, set: values });
    return personProfileIn(tx, principal.personId, principal.personId);
  });
}
