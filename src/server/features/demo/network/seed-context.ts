import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import type { ChatActor } from '../../chat/actor.ts';
import type { CommunityActor } from '../../network/communities/community-access.ts';
import { tagKey } from '../../network/profiles/tag-key.ts';
import type { QuestionActor } from '../../network/questions/question-actor.ts';
import { networkTags } from '../../network/tables.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';

const NAMES = new Map(DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => [p.email, p.name] as const)));

/** The seed acts from no network address; the audit log records none. */
const NO_ADDRESS = null as unknown as string;

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** The demo people as each of the network's use cases wants its actor. */
export interface Seeding {
  deps: Deps;
  now: Date;
  personId(email: string): string | undefined;
  principal(email: string): Principal;
  actor(email: string): CommunityActor & QuestionActor & ChatActor;
  /** Each step in a savepoint of its own: a demo people changed leaves that step out, not the demo. */
  apart(what: string, step: (deps: Deps, tx: Tx) => Promise<void>): Promise<void>;
}

export async function seedingFor(
  tx: Tx,
  deps: Deps,
  now: Date,
  log?: { warn(message: string): void },
): Promise<Seeding> {
  const ids = new Map<string, string>();
  for (const email of NAMES.keys()) {
    const id = await personIdByEmail(tx, email);
    if (id) ids.set(email, id);
  }
  // The seed writes as its people would, but is no person posting too fast: no hourly limits, and the
  // events its commands leave in the outbox are published when the whole seed commits.
  const inSeed: Deps = {
    ...deps,
    db: tx as unknown as Db,
    publisher: { flush: async () => {}, stop: async () => {} },
    config: {
      ...deps.config,
      networkLimits: { questionsPerHour: 0, answersPerHour: 0, commentsPerHour: 0, endorsementsPerHour: 0 },
    },
  };
  const idOf = (email: string) => {
    const id = ids.get(email);
    if (!id) throw new Error(`Demo person ${email} is missing`);
    return id;
  };
  return {
    deps: inSeed,
    now,
    personId: (email) => ids.get(email),
    principal: (email) => ({
      sessionId: 'demo-seed',
      personId: idOf(email),
      name: NAMES.get(email) ?? email,
      email,
      isPlatformAdmin: false,
      locale: 'de',
    }),
    actor: (email) => ({ personId: idOf(email), name: NAMES.get(email) ?? email, ip: NO_ADDRESS }),
    apart: async (what, step) => {
      try {
        await tx.transaction((sp) => step({ ...inSeed, db: sp as unknown as Db }, sp));
      } catch (error) {
        log?.warn(`Demo network step skipped (${what}): ${(error as Error).message}`);
      }
    },
  };
}

/** A live tag of the shared vocabulary by its name. */
export async function tagIdNamed(tx: Tx, name: string): Promise<string | undefined> {
  const [tag] = await tx
    .select({ id: networkTags.id })
    .from(networkTags)
    .where(and(eq(networkTags.key, tagKey(name)), isNull(networkTags.mergedInto)));
  return tag?.id;
}

export const ago = (now: Date, days: number, hours = 0) => new Date(now.getTime() - days * DAY + hours * HOUR);
