import type { Tx } from '../../platform/db/client.ts';

/**
 * Marks a person's chat notifications (mention, direct-message) of one channel read up to a message
 * sequence number, when the person has read that far. Placeholder.
 */
export async function markChannelNotificationsRead(
  _tx: Tx,
  _personId: string,
  _channelId: string,
  _uptoSeq: number,
): Promise<void> {}
