import type { TrackSource, VideoGrant } from 'livekit-server-sdk';
import type { LiveKitSettings } from './media-config.ts';

// Loaded on the first token, not at start: its protocol buffers take ~200 ms to import, which a platform
// without LiveKit (the default) and every test worker would otherwise pay.
let sdk: Promise<typeof import('livekit-server-sdk')> | undefined;
const livekitSdk = () => {
  sdk ??= import('livekit-server-sdk');
  return sdk;
};

/** What Allmende's permissions say about one person in one meeting (the caller has checked them). */
export interface MeetingRights {
  /** May join at all (reads the meeting's channel). Without it there is no token. */
  takePart: boolean;
  /** May send camera, microphone, screen and data; without it the person only listens and watches. */
  publish: boolean;
}

export interface MediaServerPass {
  /** Where the browser connects (LiveKit) or which page it opens (Jitsi, the token in its query). */
  url: string;
  token: string;
  room: string;
  /** When the token can no longer be used to join (ISO 8601, UTC). */
  expiresAt: string;
}

/** The LiveKit room of a meeting: one per meeting, named after its id. */
export function liveKitRoomOf(meetingId: string): string {
  return `allmende-meeting-${meetingId}`;
}

/** The `exp` claim of a JWT the caller has just made (no verification: it is our own). */
export function expiryOf(token: string): Date {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number };
  return new Date(payload.exp * 1000);
}

/**
 * The grant of a participant: join this one room, subscribe, and publish camera, microphone and screen
 * when allowed. Everything else is written out as refused — LiveKit reads a missing publish or subscribe
 * right as granted — and no admin, create, list, record or ingress right is ever given: Allmende's meeting
 * UI has no moderation through LiveKit, and no recording.
 */
export function liveKitGrant(room: string, rights: MeetingRights, sources: typeof TrackSource): VideoGrant {
  return {
    room,
    roomJoin: true,
    canSubscribe: true,
    canPublish: rights.publish,
    canPublishData: rights.publish,
    canPublishSources: rights.publish
      ? [sources.CAMERA, sources.MICROPHONE, sources.SCREEN_SHARE, sources.SCREEN_SHARE_AUDIO]
      : [],
    canUpdateOwnMetadata: false,
    hidden: false,
    recorder: false,
    roomAdmin: false,
    roomCreate: false,
    roomList: false,
    roomRecord: false,
    ingressAdmin: false,
  };
}

/**
 * A LiveKit access token for one person in one meeting, valid for `ttlSeconds` to join (a connected
 * participant's token is renewed by the LiveKit server itself). Identity is the person's id, the name
 * their display name. No token (null) without the right to take part.
 */
export async function mintLiveKitToken(
  settings: LiveKitSettings,
  request: {
    meetingId: string;
    person: { id: string; name: string };
    rights: MeetingRights;
    ttlSeconds: number;
  },
): Promise<MediaServerPass | null> {
  if (!request.rights.takePart) return null;
  const { AccessToken, TrackSource } = await livekitSdk();
  const room = liveKitRoomOf(request.meetingId);
  const token = new AccessToken(settings.apiKey, settings.apiSecret, {
    identity: request.person.id,
    name: request.person.name,
    ttl: request.ttlSeconds,
  });
  token.addGrant(liveKitGrant(room, { takePart: true, publish: request.rights.publish }, TrackSource));
  const jwt = await token.toJwt();
  return { url: settings.url, token: jwt, room, expiresAt: expiryOf(jwt).toISOString() };
}
