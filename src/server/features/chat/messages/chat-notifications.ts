import type { Tx } from '../../../platform/db/client.ts';
import { notify } from '../../notifications/notify.ts';
import type { LoadedAccess } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { isConversation } from '../policy.ts';
import type { Reader } from '../queries.ts';
import { workspaceName } from '../queries.ts';
import { plainExcerpt } from './markdown.ts';

export interface NotifiedMessage {
  id: string;
  seq: number;
  text: string;
  threadRootId: string | null;
}

/**
 * Notifies the people a new message concerns, by their level in the channel: `muted` hears nothing,
 * `mentions` only mentions (`@Name`, `@channel`), `all` also every message of a conversation.
 */
export async function notifyAboutMessage(
  tx: Tx,
  actor: ChatActor,
  access: LoadedAccess,
  readers: readonly Reader[],
  message: NotifiedMessage,
  mentioned: { personIds: readonly string[]; channel: boolean },
): Promise<void> {
  const others = readers.filter((r) => r.personId !== actor.personId && r.notify !== 'muted');
  const named = new Set(mentioned.personIds);
  const mentionTargets = others.filter((r) => mentioned.channel || named.has(r.personId));
  const conversation = isConversation(access.channel.kind);
  const directTargets = conversation ? others.filter((r) => r.notify === 'all' && !mentionTargets.includes(r)) : [];
  if (mentionTargets.length === 0 && directTargets.length === 0) return;
  const data = {
    actorName: actor.name,
    channelName: access.row.name,
    workspaceName: await workspaceName(tx, access.row.workspaceId),
    excerpt: plainExcerpt(message.text),
    channelId: access.row.id,
    seq: message.seq,
    messageId: message.id,
    threadRootId: message.threadRootId,
    conversationKind: access.channel.kind,
  };
  const link = `/chat/${access.row.id}?message=${message.id}`;
  if (mentionTargets.length > 0) {
    await notify(
      tx,
      mentionTargets.map((r) => r.personId),
      { kind: 'mention', data, link },
    );
  }
  if (directTargets.length > 0) {
    await notify(
      tx,
      directTargets.map((r) => r.personId),
      { kind: 'direct-message', data, link },
    );
  }
}
