import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { mediaConnectionFor } from './connection.ts';
import { mediaConfigOf } from './media-config.ts';

const LIVEKIT = {
  LIVEKIT_URL: 'wss://livekit.kreis.example',
  LIVEKIT_API_KEY: 'APIallmende',
  LIVEKIT_API_SECRET: 'livekit-secret-of-at-least-32-characters',
};
const JITSI = {
  JITSI_URL: 'https://meet.kreis.example',
  JITSI_APP_ID: 'allmende',
  JITSI_APP_SECRET: 'jitsi-secret-of-at-least-32-characters!',
};
const request = {
  meetingId: '0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b',
  person: { id: '0190a3b1-aaaa-7e4f-8a9b-0c1d2e3f4a5b', name: 'Jana Beispiel' },
  canPublish: true,
};

describe('mediaConnectionFor', () => {
  it('hands the mesh with no ICE server by default, and null (full) beyond it', async () => {
    const config = mediaConfigOf({});
    expect(await mediaConnectionFor(config, { ...request, overMesh: false })).toEqual({ mode: 'mesh', iceServers: [] });
    expect(await mediaConnectionFor(config, { ...request, overMesh: true })).toBeNull();
  });

  it('hands the configured ICE servers with the person’s TURN credential in the mesh', async () => {
    const config = mediaConfigOf({
      ICE_SERVERS: '[{"urls":"turn:turn.kreis.example:3478"}]',
      TURN_SECRET: 'coturn-static-auth-secret-0123456789',
    });
    const connection = await mediaConnectionFor(config, {
      ...request,
      overMesh: false,
      now: new Date(1_700_000_000_000),
    });
    expect(connection).toEqual({
      mode: 'mesh',
      iceServers: [
        {
          urls: 'turn:turn.kreis.example:3478',
          username: `1700043200:${request.person.id}`,
          // openssl dgst -sha1 -hmac <secret> -binary | base64 over the username
          credential: 'wyvuzUdD8cMxjWKXJXP54b2UhAI=',
        },
      ],
    });
  });

  it('hands a LiveKit token once the mesh is outgrown, with the rights of the caller', async () => {
    const config = mediaConfigOf({ ...LIVEKIT, MEETING_TOKEN_SECONDS: '120' });
    const connection = await mediaConnectionFor(config, { ...request, canPublish: false, overMesh: true });
    if (connection?.mode !== 'livekit') throw new Error(`expected livekit, got ${connection?.mode}`);
    expect(connection.url).toBe('wss://livekit.kreis.example');
    const claims = await new TokenVerifier(LIVEKIT.LIVEKIT_API_KEY, LIVEKIT.LIVEKIT_API_SECRET).verify(
      connection.token,
      0,
    );
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(120);
    expect(claims.video).toMatchObject({ canPublish: false, canSubscribe: true, roomAdmin: false });
  });

  it('keeps a meeting that moved to LiveKit there for later joiners', async () => {
    const config = mediaConfigOf(LIVEKIT);
    expect((await mediaConnectionFor(config, { ...request, overMesh: false, current: 'livekit' }))?.mode).toBe(
      'livekit',
    );
  });

  it('hands a Jitsi link (no token field of its own) when only Jitsi is configured', async () => {
    const config = mediaConfigOf(JITSI);
    const connection = await mediaConnectionFor(config, { ...request, overMesh: true, starter: true });
    if (connection?.mode !== 'jitsi') throw new Error(`expected jitsi, got ${connection?.mode}`);
    expect(Object.keys(connection).sort()).toEqual(['expiresAt', 'mode', 'url']);
    const token = new URL(connection.url).searchParams.get('jwt') ?? '';
    const claims = await new TokenVerifier(JITSI.JITSI_APP_ID, JITSI.JITSI_APP_SECRET).verify(token, 0);
    expect(claims.context).toMatchObject({ user: { moderator: 'true' } });
    expect(await mediaConnectionFor(config, { ...request, overMesh: true, preferJitsi: false })).toBeNull();
  });
});
