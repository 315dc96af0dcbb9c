import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { jitsiLink } from './jitsi-link.ts';
import type { JitsiSettings } from './media-config.ts';

const settings: JitsiSettings = {
  url: 'https://meet.kreis.example',
  tenant: undefined,
  appId: 'allmende',
  appSecret: 'jitsi-secret-of-at-least-32-characters!',
};
const MEETING = '0190A3B1-5C2D-7E4F-8A9B-0C1D2E3F4A5B';
const PERSON = { id: '0190a3b1-aaaa-7e4f-8a9b-0c1d2e3f4a5b', name: 'Jana Beispiel' };
const everything = { takePart: true, publish: true };
const now = new Date();
const nowSeconds = Math.floor(now.getTime() / 1000);

// livekit-server-sdk's verifier is a plain HS256 check through jose (signature, iss, exp): it checks the
// Jitsi token as Prosody's token_verification would, independently of the code that signs it.
const claimsOf = (token: string, secret = settings.appSecret) =>
  new TokenVerifier(settings.appId, secret).verify(token, 0) as Promise<Record<string, unknown>>;

describe('jitsiLink', () => {
  it('signs a token per Jitsi token authentication for one room and one person', async () => {
    const pass = jitsiLink(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      starter: false,
      ttlSeconds: 600,
      now,
    });
    if (!pass) throw new Error('expected a link');
    const room = 'allmende-meeting-0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b';
    expect(pass.room).toBe(room);
    expect(pass.url).toBe(`https://meet.kreis.example/${room}?jwt=${pass.token}`);
    const claims = await claimsOf(pass.token);
    expect(claims).toEqual({
      aud: 'jitsi',
      iss: 'allmende',
      sub: '*',
      room,
      iat: nowSeconds,
      nbf: nowSeconds - 10,
      exp: nowSeconds + 600,
      context: {
        user: { id: PERSON.id, name: 'Jana Beispiel', moderator: 'false' },
        features: { recording: 'false', livestreaming: 'false', transcription: 'false' },
      },
    });
    expect(pass.expiresAt).toBe(new Date((nowSeconds + 600) * 1000).toISOString());
    expect(JSON.parse(Buffer.from(pass.token.split('.')[0] ?? '', 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });

  it('makes the starter moderator, nobody else', async () => {
    const request = { meetingId: MEETING, person: PERSON, rights: everything, ttlSeconds: 600, now };
    const starter = await claimsOf(jitsiLink(settings, { ...request, starter: true })?.token ?? '');
    expect(starter.context).toMatchObject({ user: { moderator: 'true' } });
    const other = await claimsOf(jitsiLink(settings, { ...request, starter: false })?.token ?? '');
    expect(other.context).toMatchObject({ user: { moderator: 'false' } });
  });

  it('puts the tenant into sub and the link', async () => {
    const tenant = { ...settings, url: 'https://meet.kreis.example/suedwestfalen', tenant: 'suedwestfalen' };
    const pass = jitsiLink(tenant, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      starter: false,
      ttlSeconds: 600,
      now,
    });
    expect(pass?.url.startsWith(`https://meet.kreis.example/suedwestfalen/${pass.room}?jwt=`)).toBe(true);
    expect((await claimsOf(pass?.token ?? '')).sub).toBe('suedwestfalen');
  });

  it('expires after the configured time and is refused after it', async () => {
    const past = new Date(now.getTime() - 61_000);
    const pass = jitsiLink(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      starter: false,
      ttlSeconds: 60,
      now: past,
    });
    await expect(claimsOf(pass?.token ?? '')).rejects.toThrow(/exp/);
  });

  it('is refused under another secret', async () => {
    const pass = jitsiLink(settings, {
      meetingId: MEETING,
      person: PERSON,
      rights: everything,
      starter: false,
      ttlSeconds: 600,
      now,
    });
    await expect(claimsOf(pass?.token ?? '', 'another-secret-of-at-least-32-characters')).rejects.toThrow();
  });

  it('gives no link to a person without the right to take part, nor to one who may not publish', () => {
    const request = { meetingId: MEETING, person: PERSON, starter: true, ttlSeconds: 600, now };
    expect(jitsiLink(settings, { ...request, rights: { takePart: false, publish: true } })).toBeNull();
    expect(jitsiLink(settings, { ...request, rights: { takePart: true, publish: false } })).toBeNull();
  });
});
