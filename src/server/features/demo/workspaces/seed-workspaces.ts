import type { Deps } from '../../../deps.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { createChannelCommand } from '../../chat/channels/create-channel.ts';
import { visibleWorkspaceChannels } from '../../chat/channels/workspace-channels.ts';
import { postMessageCommand } from '../../chat/messages/post-message.ts';
import { reactCommand } from '../../chat/messages/react.ts';
import { markReadCommand } from '../../chat/read-state/read-state.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { addMemberCommand } from '../../workspaces/commands/add-member.ts';
import { createWorkspaceCommand } from '../../workspaces/commands/create-workspace.ts';
import { workspacesOfPerson } from '../../workspaces/queries.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { organisationsByAgs } from '../queries.ts';
import { backdateConversation } from './backdate.ts';
import { BREITBAND_SAUERLAND } from './breitband-sauerland.ts';
import { FEUERWEHR_NORDHEIDE } from './feuerwehr-nordheide.ts';
import { GEMEINSAMER_BAUHOF } from './gemeinsamer-bauhof.ts';
import { IT_KOOPERATION } from './it-kooperation.ts';
import type { DemoWorkspace } from './script.ts';
import { SMART_CITY_GESUNDHEIT_ARBEIT } from './smart-city-gesundheit-arbeit.ts';
import { SMART_CITY_MOBILITAET_DATEN } from './smart-city-mobilitaet-daten.ts';
import { messageTimes } from './timeline.ts';

export const DEMO_WORKSPACES: DemoWorkspace[] = [
  FEUERWEHR_NORDHEIDE,
  BREITBAND_SAUERLAND,
  GEMEINSAMER_BAUHOF,
  IT_KOOPERATION,
  SMART_CITY_GESUNDHEIT_ARBEIT,
  SMART_CITY_MOBILITAET_DATEN,
];

const NAMES = new Map(DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => [p.email, p.name] as const)));

/** The seed acts from no network address; the audit log records none. */
const NO_ADDRESS = null as unknown as string;

/**
 * Creates the demo workspaces that are missing, with their members and channels, and posts their
 * conversation through the chat's own commands (sequence numbers, mentions, reactions, read positions
 * and the message search come out as for any post); then moves the messages back to the days they
 * were written. Everything runs in the seed's transaction; the commands' own transactions become
 * savepoints, and the events they leave in the outbox are published when the seed commits.
 */
export async function seedWorkspaces(tx: Tx, deps: Deps, now = new Date()): Promise<number> {
  const inSeed: Deps = { ...deps, db: tx as unknown as Db, publisher: { flush: async () => {}, stop: async () => {} } };
  let created = 0;
  for (const workspace of DEMO_WORKSPACES) {
    if (await seedWorkspace(tx, inSeed, workspace, now)) created += 1;
  }
  return created;
}

async function seedWorkspace(tx: Tx, deps: Deps, demo: DemoWorkspace, now: Date): Promise<boolean> {
  const ids = new Map<string, string>();
  for (const email of [...demo.owners, ...demo.members]) {
    const id = await personIdByEmail(tx, email);
    if (!id) return false;
    ids.set(email, id);
  }
  const actorOf = (email: string): ChatActor => ({
    personId: ids.get(email) as string,
    name: NAMES.get(email) ?? email,
    ip: NO_ADDRESS,
  });
  const [creatorEmail, ...coOwners] = demo.owners as [string, ...string[]];
  const creator = actorOf(creatorEmail);
  if ((await workspacesOfPerson(tx, creator.personId)).some((w) => w.name === demo.name)) return false;
  const owner = await ownerOf(tx, creator.personId, demo.owner);
  if (!owner) return false;

  const workspace = await createWorkspaceCommand(deps, creator, {
    name: demo.name,
    description: demo.description,
    visibility: demo.visibility,
    ...owner,
  });
  for (const [email, role] of [
    ...coOwners.map((e) => [e, 'owner'] as const),
    ...demo.members.map((e) => [e, 'member'] as const),
  ]) {
    await addMemberCommand(deps, creator, workspace.id, { personId: ids.get(email) as string, role });
  }
  const channelIds = new Map(
    (await visibleWorkspaceChannels(tx, workspace.id, creator.personId)).map((c) => [c.name, c.id]),
  );
  for (const channel of demo.channels) {
    const summary = await createChannelCommand(deps, creator, workspace.id, channel);
    channelIds.set(channel.name, summary.id);
  }

  const times = messageTimes(demo.messages, now);
  const posted: Posted[] = [];
  const byKey = new Map<string, { id: string; channelId: string }>();
  for (const [index, message] of demo.messages.entries()) {
    const root = message.replyTo ? byKey.get(message.replyTo) : undefined;
    const channelId = root?.channelId ?? channelIds.get(message.channel ?? '');
    if (!channelId)
      throw new Error(`Demo message ${index} of ${demo.name}: no channel ${message.channel ?? message.replyTo}`);
    const { body } = await postMessageCommand(deps, actorOf(message.author), channelId, {
      text: message.text,
      ...(root ? { threadRootId: root.id } : {}),
    });
    if (message.key) byKey.set(message.key, { id: body.id, channelId });
    posted.push({ messageId: body.id, channelId, seq: body.seq, at: times[index] as Date, daysAgo: message.daysAgo });
    for (const [emoji, people] of Object.entries(message.reactions ?? {})) {
      for (const email of people) await reactCommand(deps, actorOf(email), body.id, emoji, true);
    }
  }
  await markOlderRead(deps, [...ids.keys()].map(actorOf), posted);
  await backdateConversation(tx, workspace.id, posted);
  return true;
}

interface Posted {
  messageId: string;
  channelId: string;
  seq: number;
  at: Date;
  daysAgo: number;
}

/** Every member has read the conversation up to the script's last day; that day's messages wait as unread. */
async function markOlderRead(deps: Deps, members: ChatActor[], posted: readonly Posted[]) {
  const readUpTo = new Map<string, number>();
  for (const p of posted) {
    if (p.daysAgo > 0) readUpTo.set(p.channelId, Math.max(readUpTo.get(p.channelId) ?? 0, p.seq));
  }
  for (const [channelId, seq] of readUpTo) {
    for (const member of members) await markReadCommand(deps, member, channelId, seq);
  }
}

async function ownerOf(
  tx: Tx,
  personId: string,
  owner: DemoWorkspace['owner'],
): Promise<{ ownerOrganisationId: string } | { ownerAllianceId: string } | null> {
  if ('organisation' in owner) {
    const organisation = (await organisationsByAgs(tx, [owner.organisation])).get(owner.organisation);
    return organisation ? { ownerOrganisationId: organisation.id } : null;
  }
  const home = await membershipOf(tx, personId);
  if (!home) return null;
  const alliance = (await alliancesOfOrganisation(tx, home.organisationId)).find((a) => a.name === owner.alliance);
  return alliance ? { ownerAllianceId: alliance.id } : null;
}
