import type { NotifyLevel } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { markChannelNotificationsRead } from '../../notifications/mark-read.ts';
import { requireReadable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { advanceRead, setNotifyLevel } from '../queries.ts';

/**
 * Moves the read position forward in the caller's transaction: marks the channel's notifications read
 * that far and tells the person's other devices. Returns the new position, or null when it did not move.
 */
export async function readUpTo(
  tx: Tx,
  personId: string,
  channelId: string,
  seq: number,
  options: { announce: boolean } = { announce: true },
): Promise<number | null> {
  const moved = await advanceRead(tx, channelId, personId, seq);
  if (moved === null) return null;
  await markChannelNotificationsRead(tx, personId, channelId, moved);
  if (options.announce)
    await emit(tx, {
      type: 'channel.read',
      payload: { channelId, seq: moved },
      audience: { kind: 'persons', personIds: [personId] },
    });
  return moved;
}

/**
 * Moves the person's read position forward (never back, never past the last message), marks the
 * channel's notifications read that far, and tells the person's other devices.
 */
export async function markReadCommand(deps: Deps, actor: ChatActor, channelId: string, seq: number) {
  const result = await deps.db.transaction(async (tx) => {
    const access = await requireReadable(tx, channelId, actor.personId);
    const target = Math.min(seq, Number(access.row.lastSeq));
    const moved = await readUpTo(tx, actor.personId, channelId, target);
    if (moved === null) return { lastReadSeq: Number(access.member?.lastReadSeq ?? 0), moved: false };
    return { lastReadSeq: moved, moved: true };
  });
  if (result.moved) await deps.publisher.flush();
  return { lastReadSeq: result.lastReadSeq };
}

/** Sets how much of the channel notifies the person: all, mentions only, or nothing. */
export async function setNotifyCommand(deps: Deps, actor: ChatActor, channelId: string, level: NotifyLevel) {
  await deps.db.transaction(async (tx) => {
    await requireReadable(tx, channelId, actor.personId);
    await setNotifyLevel(tx, channelId, actor.personId, level);
  });
  return { level };
}
