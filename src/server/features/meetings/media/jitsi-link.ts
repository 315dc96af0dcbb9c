import { createHmac } from 'node:crypto';
import type { MediaServerPass, MeetingRights } from './livekit-token.ts';
import type { JitsiSettings } from './media-config.ts';

/** The Jitsi room of a meeting (Jitsi folds room names to lower case; a UUID already is). */
export function jitsiRoomOf(meetingId: string): string {
  return `allmende-meeting-${meetingId.toLowerCase()}`;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An HS256 JWT: Jitsi's Prosody checks it with the shared `app_secret` (jitsi-meet-tokens). */
function signHs256(payload: object, secret: string): string {
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify(payload));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${base64url(signature)}`;
}

/**
 * A Jitsi Meet link for one person in one meeting, with a token per Jitsi's token authentication:
 * `iss` the app id, `aud` "jitsi", `sub` the tenant (or "*": the XMPP domain often differs from the web
 * address, e.g. `meet.jitsi` in docker-jitsi-meet, and the `room` claim already binds the token to one
 * room), `room`, `exp`, and `context.user` (id, name; `moderator` only for the meeting's starter). Jitsi's
 * recording, live streaming and transcription are refused in `context.features` where the installation
 * honours them. No link (null) without the right to take part; a person who may not publish gets none
 * either, since Jitsi cannot join someone as listener only.
 */
export function jitsiLink(
  settings: JitsiSettings,
  request: {
    meetingId: string;
    person: { id: string; name: string };
    rights: MeetingRights;
    /** The person who started the meeting: Jitsi's moderator (lobby, muting others). */
    starter: boolean;
    ttlSeconds: number;
    now?: Date;
  },
): MediaServerPass | null {
  if (!request.rights.takePart || !request.rights.publish) return null;
  const now = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const room = jitsiRoomOf(request.meetingId);
  const exp = now + request.ttlSeconds;
  const token = signHs256(
    {
      aud: 'jitsi',
      iss: settings.appId,
      sub: settings.tenant ?? '*',
      room,
      iat: now,
      nbf: now - 10,
      exp,
      context: {
        // Jitsi wants every user field a text (null or a number throws in Prosody).
        user: { id: request.person.id, name: request.person.name, moderator: request.starter ? 'true' : 'false' },
        features: { recording: 'false', livestreaming: 'false', transcription: 'false' },
      },
    },
    settings.appSecret,
  );
  return {
    url: `${settings.url}/${room}?jwt=${token}`,
    token,
    room,
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}
