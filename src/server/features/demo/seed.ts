import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Tx } from '../../platform/db/client.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { insertPerson, personIdByEmail } from '../accounts/person-record.ts';
import { alliancesOfOrganisation } from '../alliances/of-organisation.ts';
import { addMember, createAlliance } from '../alliances/service.ts';
import { DEMO_ALLIANCES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from './accounts.ts';
import { seedContent } from './content/seed-content.ts';
import { seedDocuments } from './documents/seed-documents.ts';
import { seedEvents } from './events/seed-events.ts';
import { seedNetwork } from './network/seed-network.ts';
import { registerDemoDomain, seatDemoMember } from './organisation-seats.ts';
import { seedProfiles } from './organisations/seed-profiles.ts';
import { seedProjects } from './projects/seed-projects.ts';
import { organisationsByAgs } from './queries.ts';
import { seedCooperations } from './seed-cooperations.ts';
import { seedServices } from './services/seed-services.ts';
import { seedWorkspaces } from './workspaces/seed-workspaces.ts';

const DEMO_SEED_LOCK = 4_711_002;

export interface DemoSeedResult {
  people: number;
  /** AGS values of demo organisations the directory lacks (their people are skipped). */
  missing: string[];
}

/**
 * Loads the demo: people of real municipalities (organisation admins and members), a platform
 * administrator and three alliances, all with the demo password; the atlas's demo records; descriptions
 * and drawn logos for the demo organisations; workspaces with a few days of conversation; a portfolio
 * of projects with months of history (projects/seed-projects.ts); citizen
 * information pages, shared and adopted between the municipalities (content/seed-content.ts). Everything
 * is marked as demo data. Idempotent (only what is missing is added), so it runs at every start.
 */
export async function seedDemo(deps: Deps, log?: { warn(message: string): void }): Promise<DemoSeedResult> {
  const organisationOf = await organisationsByAgs(
    deps.db,
    DEMO_ORGANISATIONS.map((o) => o.ags),
  );
  const missing = DEMO_ORGANISATIONS.filter((o) => !organisationOf.has(o.ags)).map((o) => o.ags);
  if (missing.length > 0) log?.warn(`Demo organisations missing from the directory: ${missing.join(', ')}`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const result = await deps.db.transaction(async (tx) => {
    // Several processes may start at once on one database: one seeds, the others wait and find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    let people = 0;
    const ensurePerson = async (name: string, email: string, isPlatformAdmin = false) => {
      people += 1;
      const created = await insertPerson(tx, {
        name,
        email,
        passwordHash,
        locale: 'de',
        verified: true,
        isPlatformAdmin,
      });
      return created ?? ((await personIdByEmail(tx, email)) as string);
    };

    const platformAdminId = await ensurePerson(DEMO_PLATFORM_ADMIN.name, DEMO_PLATFORM_ADMIN.email, true);
    const adminOf = new Map<string, string>();
    for (const demo of DEMO_ORGANISATIONS) {
      const organisation = organisationOf.get(demo.ags);
      if (!organisation) continue;
      await registerDemoDomain(tx, organisation.id, demo.domain);
      for (const member of demo.people) {
        const personId = await ensurePerson(member.name, member.email);
        await seatDemoMember(tx, { personId, organisationId: organisation.id, role: member.role });
        if (member.role === 'admin' && !adminOf.has(demo.ags)) adminOf.set(demo.ags, personId);
      }
    }
    await seedAlliances(tx, organisationOf, adminOf);
    await seedCooperations(tx, { authorId: platformAdminId, contactOf: adminOf });
    await seedProfiles(tx, blobStorageFor(deps.config), platformAdminId);
    await seedWorkspaces(tx, deps);
    await seedProjects(tx, { log });
    await seedContent(tx, organisationOf);
    await seedDocuments(tx, blobStorageFor(deps.config));
    await seedNetwork(tx, deps, { log });
    await seedServices(tx, deps, { log });
    await seedEvents(tx, deps, { log });
    return { people, missing };
  });
  // The commands the seed ran left their events in the outbox; nobody is connected yet, but the outbox is emptied.
  await deps.publisher.flush();
  return result;
}

async function seedAlliances(tx: Tx, organisationOf: Map<string, { id: string }>, adminOf: Map<string, string>) {
  for (const demo of DEMO_ALLIANCES) {
    const [founderAgs, ...others] = demo.members;
    const founder = founderAgs ? organisationOf.get(founderAgs) : undefined;
    const createdBy = founderAgs ? adminOf.get(founderAgs) : undefined;
    if (!founder || !createdBy) continue;
    const existing = await alliancesOfOrganisation(tx, founder.id);
    if (existing.some((a) => a.name === demo.name)) continue;
    const alliance = await createAlliance(tx, {
      name: demo.name,
      description: demo.description,
      organisationId: founder.id,
      createdBy,
    });
    for (const ags of others) {
      const member = organisationOf.get(ags);
      if (member) await addMember(tx, alliance.id, member.id);
    }
  }
}
