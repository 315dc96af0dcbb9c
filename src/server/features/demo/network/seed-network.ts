import { and, eq, sql } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { findBySlug } from '../../atlas/queries.ts';
import { postMessageCommand } from '../../chat/messages/post-message.ts';
import { answerJoinRequest } from '../../network/communities/answer-request.ts';
import { createCommunity } from '../../network/communities/create-community.ts';
import { joinCommunity } from '../../network/communities/join-community.ts';
import { setMemberRole } from '../../network/communities/manage-members.ts';
import { switchOnChannel } from '../../network/communities/switch-on-channel.ts';
import { endorse } from '../../network/profiles/endorse.ts';
import { addProof } from '../../network/profiles/expertise-proofs.ts';
import { addExpertise } from '../../network/profiles/my-expertise.ts';
import { saveMyProfile } from '../../network/profiles/my-profile.ts';
import { followTagCommand } from '../../network/questions/follows.ts';
import { communities, networkProfiles } from '../../network/tables.ts';
import { projects } from '../../projects/tables.ts';
import { backdateCommunity, backdateEndorsement, type Stamp, settleSeedNotifications } from './backdate-network.ts';
import { DEMO_COMMUNITIES } from './communities.ts';
import type { DemoCommunity, DemoProfile, DemoProof } from './plan.ts';
import { DEMO_ENDORSEMENTS, DEMO_NETWORK_PROFILES, DEMO_TAG_FOLLOWS } from './profiles.ts';
import { ago, type Seeding, seedingFor, tagIdNamed } from './seed-context.ts';
import { seedQuestions, seedWikiPages } from './seed-questions.ts';

/**
 * The demo's network, built through the network's own use cases as its people would: profiles with
 * expertise, proofs and endorsements between colleagues; four communities (one by request, approving
 * first posts) with members from several organisations and a chat; questions with answers, comments,
 * votes and accepted answers (two still unanswered, one held for its moderators); wiki pages, one made
 * from an accepted answer, one in the platform wiki, one overdue for its check; followed tags. Then the
 * times are moved back to the weeks it happened. Idempotent: what is there already is left as it is.
 */
export async function seedNetwork(
  tx: Tx,
  deps: Deps,
  options: { now?: Date; log?: { warn(message: string): void } } = {},
): Promise<void> {
  const s = await seedingFor(tx, deps, options.now ?? new Date(), options.log);
  for (const profile of DEMO_NETWORK_PROFILES) {
    await s.apart(`profile ${profile.email}`, (d, sp) => seedProfile(s, d, sp, profile));
  }
  for (const e of DEMO_ENDORSEMENTS) {
    await s.apart(`endorsement ${e.by} → ${e.of}`, async (d, sp) => {
      const personId = s.personId(e.of);
      const endorserId = s.personId(e.by);
      const tagId = await tagIdNamed(sp, e.tag);
      if (!personId || !endorserId || !tagId) return;
      const existing = rowsOf<{ id: string }>(
        await sp.execute(sql`select id from network_endorsements
          where person_id = ${personId} and tag_id = ${tagId} and endorser_id = ${endorserId}`),
      );
      if (existing.length > 0) return;
      await endorse(d.db, d.config, s.principal(e.by), personId, tagId, { note: e.note });
      const [row] = rowsOf<{ id: string }>(
        await sp.execute(sql`select id from network_endorsements
          where person_id = ${personId} and tag_id = ${tagId} and endorser_id = ${endorserId}`),
      );
      await settleSeedNotifications(sp);
      if (row) await backdateEndorsement(sp, { id: row.id, at: ago(s.now, e.daysAgo) }, personId);
    });
  }
  const communityIds = new Map<string, string>();
  for (const community of DEMO_COMMUNITIES) {
    await s.apart(`community ${community.name}`, (d, sp) => seedCommunity(s, d, sp, community, communityIds));
  }
  await seedQuestions(s, communityIds);
  await seedWikiPages(s, communityIds);
  for (const follow of DEMO_TAG_FOLLOWS) {
    await s.apart(`follow ${follow.tag}`, async (d, sp) => {
      const personId = s.personId(follow.email);
      const tagId = await tagIdNamed(sp, follow.tag);
      if (personId && tagId) await followTagCommand(d, personId, tagId, true);
    });
  }
}

async function seedProfile(s: Seeding, d: Deps, sp: Tx, profile: DemoProfile): Promise<void> {
  const personId = s.personId(profile.email);
  if (!personId) return;
  const [existing] = await sp
    .select({ personId: networkProfiles.personId })
    .from(networkProfiles)
    .where(eq(networkProfiles.personId, personId));
  if (existing) return;
  const principal = s.principal(profile.email);
  await saveMyProfile(d.db, principal, {
    jobTitle: profile.jobTitle,
    department: profile.department,
    languages: profile.languages,
    phone: profile.phone,
    about: profile.about,
    visibility: profile.visibility,
  });
  for (const expertise of profile.expertise) {
    await addExpertise(d.db, principal, { name: expertise.tag, level: expertise.level });
    const tagId = await tagIdNamed(sp, expertise.tag);
    const target = expertise.proof ? await proofTarget(sp, expertise.proof) : null;
    if (tagId && target && expertise.proof) {
      await addProof(d.db, principal, tagId, { ...target, label: expertise.proof.label });
    }
  }
}

/** The project or published atlas record a proof names, when the demo has it. */
async function proofTarget(
  sp: Tx,
  proof: DemoProof,
): Promise<{ kind: 'project' | 'cooperation'; targetId: string } | null> {
  if ('project' in proof) {
    const [project] = await sp.select({ id: projects.id }).from(projects).where(eq(projects.name, proof.project));
    return project ? { kind: 'project', targetId: project.id } : null;
  }
  const record = await findBySlug(sp, proof.cooperation);
  return record?.state === 'published' ? { kind: 'cooperation', targetId: record.id } : null;
}

async function seedCommunity(
  s: Seeding,
  d: Deps,
  sp: Tx,
  demo: DemoCommunity,
  communityIds: Map<string, string>,
): Promise<void> {
  // The demo's own community: by its name and its founder (others may found one of the same name).
  const [existing] = await sp
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.name, demo.name), eq(communities.createdBy, s.actor(demo.founder).personId)));
  if (existing) {
    communityIds.set(demo.key, existing.id);
    return;
  }
  const founder = s.actor(demo.founder);
  const { id } = await createCommunity(d, founder, {
    name: demo.name,
    description: demo.description,
    joinPolicy: demo.joinPolicy,
    approveFirstPosts: demo.approveFirstPosts,
  });
  for (const email of [...demo.moderators, ...demo.members]) {
    const actor = s.actor(email);
    if (demo.joinPolicy === 'request') {
      await joinCommunity(d, actor, id, {
        note: 'Ich kümmere mich bei uns um die IT-Sicherheit und würde gern mitlesen.',
      });
      await answerJoinRequest(d, founder, id, actor.personId, true);
    } else {
      await joinCommunity(d, actor, id, {});
    }
  }
  for (const email of demo.moderators) await setMemberRole(d, founder, id, s.actor(email).personId, 'moderator');
  let channelId: string | null = null;
  const messages: Stamp[] = [];
  if (demo.chat) {
    channelId = (await switchOnChannel(d, founder, id)).channelId;
    for (const [index, message] of demo.chat.entries()) {
      const { body } = await postMessageCommand(d, s.actor(message.author), channelId, { text: message.text });
      messages.push({ id: body.id, at: ago(s.now, message.daysAgo, 8 + index) });
    }
  }
  await settleSeedNotifications(sp);
  await backdateCommunity(sp, { id, created: ago(s.now, demo.daysAgo), channelId, messages });
  communityIds.set(demo.key, id);
}
