import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { mintLiveKitToken } from './livekit-token.ts';
import type { LiveKitSettings } from './media-config.ts';

const settings: LiveKitSettings = {
  url: 'wss://livekit.kreis.example',
  apiKey: 'APIallmende',
  apiSecret: 'livekit-secret-of-at-least-32-characters',
};
const MEETING = '0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b';
const PERSON = { id: '0190a3b1-aaaa-7e4f-8a9b-0c1d2e3f4a5b', name: 'Jana Beispiel' };
const everything = { takePart: true, publish: true };

/** Verifies the token as a LiveKit server would (signature by the secret, issuer, exp) and gives its claims. */
async function claimsOf(token: string) {
  return new TokenVerifier(settings.apiKey, settings.apiSecret).verify(token, 0);
}

describe('mintLiveKitToken', () => {
  it('lets a participant join the meeting room, publish camera, microphone, screen and data, and subscribe', async () => {
    const pass = await mintLiveKitToken(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      ttlSeconds: 600,
    });
    expect(pass).not.toBeNull();
    if (!pass) return;
    expect(pass.url).toBe(settings.url);
    expect(pass.room).toBe(`allmende-meeting-${MEETING}`);
    const claims = await claimsOf(pass.token);
    expect(claims.iss).toBe('APIallmende');
    expect(claims.sub).toBe(PERSON.id);
    expect(claims.name).toBe('Jana Beispiel');
    expect(claims.video).toEqual({
      room: `allmende-meeting-${MEETING}`,
      roomJoin: true,
      canSubscribe: true,
      canPublish: true,
      canPublishData: true,
      canPublishSources: ['camera', 'microphone', 'screen_share', 'screen_share_audio'],
      canUpdateOwnMetadata: false,
      hidden: false,
      recorder: false,
      roomAdmin: false,
      roomCreate: false,
      roomList: false,
      roomRecord: false,
      ingressAdmin: false,
    });
    // Nothing beyond the room: no SIP, agent, inference or observability grant, no metadata.
    expect(Object.keys(claims).sort()).toEqual(['exp', 'iss', 'name', 'nbf', 'sub', 'video']);
  });

  it('expires after the configured time', async () => {
    const before = Math.floor(Date.now() / 1000);
    const pass = await mintLiveKitToken(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      ttlSeconds: 600,
    });
    const after = Math.ceil(Date.now() / 1000);
    if (!pass) throw new Error('expected a token');
    const claims = await claimsOf(pass.token);
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(600);
    expect(claims.exp).toBeGreaterThanOrEqual(before + 600);
    expect(claims.exp).toBeLessThanOrEqual(after + 600);
    expect(pass.expiresAt).toBe(new Date((claims.exp ?? 0) * 1000).toISOString());
    const short = await mintLiveKitToken(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      ttlSeconds: 60,
    });
    const shortClaims = await claimsOf(short?.token ?? '');
    expect((shortClaims.exp ?? 0) - (shortClaims.nbf ?? 0)).toBe(60);
  });

  it('gives a person who may not publish a token to listen and watch only', async () => {
    const pass = await mintLiveKitToken(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: { takePart: true, publish: false },
      ttlSeconds: 600,
    });
    const claims = await claimsOf(pass?.token ?? '');
    expect(claims.video).toMatchObject({
      roomJoin: true,
      canSubscribe: true,
      // Written out as false: LiveKit reads a missing canPublish as granted.
      canPublish: false,
      canPublishData: false,
      canPublishSources: [],
      roomAdmin: false,
    });
  });

  it('gives no token to a person without the right to take part', async () => {
    for (const publish of [true, false]) {
      const pass = await mintLiveKitToken(settings, {
        meetingId: MEETING,
        person: PERSON,
        rights: { takePart: false, publish },
        ttlSeconds: 600,
      });
      expect(pass).toBeNull();
    }
  });

  it('is signed with the configured secret: another secret does not verify it', async () => {
    const pass = await mintLiveKitToken(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      ttlSeconds: 600,
    });
    await expect(
      new TokenVerifier(settings.apiKey, 'another-secret-of-at-least-32-characters').verify(pass?.token ?? ''),
    ).rejects.toThrow();
  });

  it('names each meeting its own room', async () => {
    const other = '0190a3b1-5c2d-7e4f-8a9b-ffffffffffff';
    const pass = await mintLiveKitToken(settings, {
      meetingId: other,
      person: PERSON,
      rights: everything,
      ttlSeconds: 600,
    });
    expect((await claimsOf(pass?.token ?? '')).video).toMatchObject({ room: `allmende-meeting-${other}` });
  });
});
