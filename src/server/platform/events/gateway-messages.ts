import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';
import { Uuid } from '../http/id-schemas.ts';

// Positions are a bigserial counted from 1; a resume from beyond what JavaScript counts exactly
// (1e300, 2^63) could only ask the database a question it refuses.
const Resume = Type.Object({
  type: Type.Literal('resume'),
  after: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
});
const Ping = Type.Object({ type: Type.Literal('ping') });
const Typing = Type.Object({ type: Type.Literal('typing'), channelId: Uuid });
const Presence = Type.Object({
  type: Type.Literal('presence'),
  status: Type.Union([Type.Literal('online'), Type.Literal('away')]),
});

// WebRTC signalling between two browsers of one meeting, addressed to one socket (`to`, the
// `connectionId` of its hello). What a session description or candidate holds is the browsers'
// business; the size is bounded by the socket's frame limit and these lengths.
const Description = Type.Object(
  {
    type: Type.Union([
      Type.Literal('offer'),
      Type.Literal('answer'),
      Type.Literal('pranswer'),
      Type.Literal('rollback'),
    ]),
    sdp: Type.Optional(Type.String({ maxLength: 60_000 })),
  },
  { additionalProperties: false },
);
const Candidate = Type.Object(
  {
    candidate: Type.String({ maxLength: 1_000 }),
    sdpMid: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    sdpMLineIndex: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 1_000 }), Type.Null()])),
    usernameFragment: Type.Optional(Type.Union([Type.String({ maxLength: 256 }), Type.Null()])),
  },
  { additionalProperties: false },
);
const Signal = Type.Object(
  {
    type: Type.Literal('signal'),
    meetingId: Uuid,
    to: Uuid,
    signal: Type.Union([
      Type.Object({ description: Description }, { additionalProperties: false }),
      Type.Object({ candidate: Type.Union([Candidate, Type.Null()]) }, { additionalProperties: false }),
    ]),
  },
  { additionalProperties: false },
);
/** A signalling frame as the gateway hands it to its hook. */
export type SignalFrame = Static<typeof Signal>;

const FRAMES = {
  resume: { schema: Resume, title: 'resume needs an integer position "after" from 0 to 2^53 - 1' },
  ping: { schema: Ping, title: 'ping takes no fields' },
  typing: { schema: Typing, title: 'typing needs a channelId' },
  presence: { schema: Presence, title: 'presence needs a status of online or away' },
  signal: { schema: Signal, title: 'signal needs a meetingId, a connection "to" and a description or candidate' },
} as const;

/** What a client may send on `/api/realtime`, checked. */
export type ClientMessage =
  | Static<typeof Resume>
  | Static<typeof Ping>
  | Static<typeof Typing>
  | Static<typeof Presence>
  | SignalFrame
  | { type: 'invalid'; title: string };

const ajv = new Ajv({ allErrors: false, strict: false });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validators = Object.fromEntries(
  Object.entries(FRAMES).map(([type, frame]) => [type, ajv.compile(frame.schema)]),
) as unknown as Record<keyof typeof FRAMES, (value: unknown) => boolean>;

const isFrameType = (type: unknown): type is keyof typeof FRAMES =>
  typeof type === 'string' && Object.hasOwn(FRAMES, type);

/** Parses one text frame from a client; anything that fails its schema becomes `invalid` with a title to send back. */
export function parseClientMessage(raw: string): ClientMessage {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return { type: 'invalid', title: 'Malformed JSON' };
  }
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isFrameType(type)) return { type: 'invalid', title: 'Unknown message type' };
  if (!validators[type](message)) return { type: 'invalid', title: FRAMES[type].title };
  if (type === 'typing') {
    const typing = message as Static<typeof Typing>;
    return { type: 'typing', channelId: typing.channelId.toLowerCase() };
  }
  if (type === 'signal') {
    const signal = message as SignalFrame;
    return { ...signal, meetingId: signal.meetingId.toLowerCase(), to: signal.to.toLowerCase() };
  }
  return message as ClientMessage;
}
