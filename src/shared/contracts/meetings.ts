import { type Static, Type } from 'typebox';

/**
 * Video meetings (Besprechungen), started from a channel, a direct or group conversation or a
 * project's channel (src/server/features/meetings). In the mesh (no media server) the browsers
 * connect to each other; the server only keeps who is in and passes signalling on.
 */
export const MEETING_LIMITS = {
  /** Participants with video in the mesh. */
  video: 4,
  /** Participants in the mesh in all, with or without video. */
  audioOnly: 6,
  title: 200,
  agenda: 4_000,
  notes: 10_000,
} as const;

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const MeetingStatus = Type.Union([Type.Literal('scheduled'), Type.Literal('live'), Type.Literal('ended')]);
export type MeetingStatus = Static<typeof MeetingStatus>;

export const MeetingParticipant = Type.Object({
  personId: Uuid,
  name: Type.String(),
  connectionId: Uuid,
  joinedAt: Timestamp,
  video: Type.Boolean(),
  handRaised: Type.Boolean(),
});
export type MeetingParticipant = Static<typeof MeetingParticipant>;

export const MeetingLimits = Type.Object({ video: Type.Integer(), audioOnly: Type.Integer() });

export const Meeting = Type.Object({
  id: Uuid,
  channelId: Uuid,
  workspaceId: Nullable(Uuid),
  messageId: Nullable(Uuid),
  title: Type.String(),
  agenda: Type.String(),
  status: MeetingStatus,
  /** How its media travel; a change tells the browsers in it to fetch their connection again. */
  mediaMode: Type.Union([Type.Literal('mesh'), Type.Literal('livekit'), Type.Literal('jitsi')]),
  scheduledFor: Nullable(Timestamp),
  startedAt: Nullable(Timestamp),
  endedAt: Nullable(Timestamp),
  durationSeconds: Nullable(Type.Integer()),
  createdBy: Type.Object({ id: Uuid, name: Type.String() }),
  participants: Type.Array(MeetingParticipant),
  attendees: Type.Array(Type.Object({ personId: Uuid, name: Type.String() })),
  notes: Type.String(),
  notesUpdatedAt: Nullable(Timestamp),
  limits: MeetingLimits,
});
export type Meeting = Static<typeof Meeting>;

export const MeetingList = Type.Object({ items: Type.Array(Meeting) });
export type MeetingList = Static<typeof MeetingList>;

export const StartMeetingBody = Type.Object(
  {
    channelId: Uuid,
    title: Type.Optional(Type.String({ minLength: 1, maxLength: MEETING_LIMITS.title })),
    /** A scheduled meeting: when it starts (UTC instant). Without it the meeting starts now. */
    scheduledFor: Type.Optional(Timestamp),
    agenda: Type.Optional(Type.String({ maxLength: MEETING_LIMITS.agenda })),
  },
  { additionalProperties: false },
);
export type StartMeetingBody = Static<typeof StartMeetingBody>;

export const JoinMeetingBody = Type.Object(
  {
    /** The joining browser's realtime socket (the `connectionId` of its `hello` frame). */
    connectionId: Uuid,
    video: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type JoinMeetingBody = Static<typeof JoinMeetingBody>;

export const ConnectionBody = Type.Object({ connectionId: Uuid }, { additionalProperties: false });
export const HandBody = Type.Object({ connectionId: Uuid, raised: Type.Boolean() }, { additionalProperties: false });
export const MediaBody = Type.Object({ connectionId: Uuid, video: Type.Boolean() }, { additionalProperties: false });
export const NotesBody = Type.Object(
  { notes: Type.String({ maxLength: MEETING_LIMITS.notes }) },
  { additionalProperties: false },
);

export const IceServer = Type.Object({
  urls: Type.Union([Type.String(), Type.Array(Type.String())]),
  username: Type.Optional(Type.String()),
  credential: Type.Optional(Type.String()),
});
export type IceServer = Static<typeof IceServer>;

/** What a joining browser needs to connect its media: the mesh with ICE servers, or a media server. */
export const MediaConnection = Type.Union([
  Type.Object({ mode: Type.Literal('mesh'), iceServers: Type.Array(IceServer) }),
  Type.Object({ mode: Type.Literal('livekit'), url: Type.String(), token: Type.String(), expiresAt: Timestamp }),
  Type.Object({ mode: Type.Literal('jitsi'), url: Type.String(), expiresAt: Timestamp }),
]);
export type MediaConnection = Static<typeof MediaConnection>;

export const ConnectionAnswer = Type.Object({ connection: MediaConnection, limits: MeetingLimits });
export type ConnectionAnswer = Static<typeof ConnectionAnswer>;

export const JoinAnswer = Type.Object({ meeting: Meeting, connection: MediaConnection });
export type JoinAnswer = Static<typeof JoinAnswer>;

/** A signalling message between two browsers of one meeting (WebRTC perfect negotiation). */
export type SignalData =
  | { description: { type: 'offer' | 'answer' | 'rollback' | 'pranswer'; sdp?: string } }
  | {
      candidate: {
        candidate: string;
        sdpMid?: string | null;
        sdpMLineIndex?: number | null;
        usernameFragment?: string | null;
      } | null;
    };
