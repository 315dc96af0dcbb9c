/** What a client may send on `/api/realtime`, checked. */
export type ClientMessage =
  | { type: 'resume'; after: number }
  | { type: 'ping' }
  | { type: 'typing'; channelId: string }
  | { type: 'presence'; status: 'online' | 'away' }
  | { type: 'invalid'; title: string };

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses one text frame from a client; anything unexpected becomes `invalid` with a title to send back. */
export function parseClientMessage(raw: string): ClientMessage {
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(raw);
  } catch {
    return { type: 'invalid', title: 'Malformed JSON' };
  }
  // `null` or a bare number is valid JSON too; reading a field of it would throw out of the listener.
  if (typeof message !== 'object' || message === null) message = {};
  switch (message.type) {
    case 'resume':
      if (typeof message.after === 'number' && Number.isInteger(message.after))
        return { type: 'resume', after: message.after };
      break;
    case 'ping':
      return { type: 'ping' };
    case 'typing':
      if (typeof message.channelId === 'string' && ID.test(message.channelId)) {
        return { type: 'typing', channelId: message.channelId.toLowerCase() };
      }
      return { type: 'invalid', title: 'typing needs a channelId' };
    case 'presence':
      if (message.status === 'online' || message.status === 'away') return { type: 'presence', status: message.status };
      return { type: 'invalid', title: 'presence needs a status of online or away' };
  }
  return { type: 'invalid', title: 'Unknown message type' };
}
