import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import { mediaConfigOf } from './media-config.ts';

const LIVEKIT = {
  LIVEKIT_URL: 'wss://livekit.kreis.example',
  LIVEKIT_API_KEY: 'APIallmende',
  LIVEKIT_API_SECRET: 'livekit-secret-of-at-least-32-characters',
};
const JITSI = {
  JITSI_URL: 'https://meet.kreis.example/',
  JITSI_APP_ID: 'allmende',
  JITSI_APP_SECRET: 'jitsi-secret-of-at-least-32-characters!',
};

describe('media settings', () => {
  it('default to the mesh with no STUN or TURN server, no media server, 10-minute tokens', () => {
    const media = loadConfig({}).media;
    expect(media).toEqual({
      iceServers: [],
      turnSecret: undefined,
      turnCredentialSeconds: 43_200,
      tokenSeconds: 600,
      livekit: undefined,
      jitsi: undefined,
    });
  });

  it('read LiveKit and Jitsi when all three settings of each are given', () => {
    const media = mediaConfigOf({ ...LIVEKIT, ...JITSI, MEETING_TOKEN_SECONDS: '300' });
    expect(media.livekit).toEqual({
      url: 'wss://livekit.kreis.example',
      apiKey: 'APIallmende',
      apiSecret: LIVEKIT.LIVEKIT_API_SECRET,
    });
    expect(media.jitsi).toEqual({
      url: 'https://meet.kreis.example',
      tenant: undefined,
      appId: 'allmende',
      appSecret: JITSI.JITSI_APP_SECRET,
    });
    expect(media.tokenSeconds).toBe(300);
  });

  it('read a Jitsi tenant from the path of JITSI_URL', () => {
    const media = mediaConfigOf({ ...JITSI, JITSI_URL: 'https://meet.kreis.example/suedwestfalen' });
    expect(media.jitsi?.url).toBe('https://meet.kreis.example/suedwestfalen');
    expect(media.jitsi?.tenant).toBe('suedwestfalen');
  });

  it('allow plain ws:// and http:// only for a server on this machine', () => {
    expect(mediaConfigOf({ ...LIVEKIT, LIVEKIT_URL: 'ws://localhost:7880' }).livekit?.url).toBe('ws://localhost:7880');
    expect(() => mediaConfigOf({ ...LIVEKIT, LIVEKIT_URL: 'ws://livekit.kreis.example' })).toThrow(
      'LIVEKIT_URL must be a wss:// URL (ws:// only for localhost), got ws://',
    );
    expect(() => mediaConfigOf({ ...JITSI, JITSI_URL: 'http://meet.kreis.example' })).toThrow(
      'JITSI_URL must be a https:// URL',
    );
  });

  it.each([
    [{ LIVEKIT_URL: LIVEKIT.LIVEKIT_URL }, 'LIVEKIT_API_KEY, LIVEKIT_API_SECRET are missing (LIVEKIT_URL is set'],
    [{ ...LIVEKIT, LIVEKIT_API_KEY: ' ' }, 'LIVEKIT_API_KEY is missing (LIVEKIT_URL, LIVEKIT_API_SECRET are set'],
    [{ JITSI_APP_SECRET: JITSI.JITSI_APP_SECRET }, 'JITSI_URL, JITSI_APP_ID are missing (JITSI_APP_SECRET is set'],
    [{ ...LIVEKIT, LIVEKIT_API_SECRET: 'short' }, 'LIVEKIT_API_SECRET must be at least 32 characters'],
    [{ ...JITSI, JITSI_APP_SECRET: 'short' }, 'JITSI_APP_SECRET must be at least 32 characters'],
    [{ ...LIVEKIT, LIVEKIT_URL: 'livekit.kreis.example' }, 'LIVEKIT_URL is not a valid URL'],
    [{ ...LIVEKIT, LIVEKIT_URL: 'https://livekit.kreis.example' }, 'LIVEKIT_URL must be a wss:// URL'],
    [{ ...LIVEKIT, LIVEKIT_URL: 'wss://key:pw@livekit.kreis.example' }, 'LIVEKIT_URL must not carry credentials'],
    [{ ...JITSI, JITSI_URL: 'https://meet.kreis.example/?room=x' }, 'JITSI_URL must have no query or fragment'],
    [{ ...JITSI, JITSI_URL: 'https://meet.kreis.example/a/b' }, 'optionally with one tenant'],
    [{ ...JITSI, JITSI_APP_ID: 'two words' }, 'JITSI_APP_ID must be one word'],
    [{ MEETING_TOKEN_SECONDS: '10' }, 'MEETING_TOKEN_SECONDS must be a whole number of seconds from 60 to 3600'],
    [{ MEETING_TOKEN_SECONDS: '86400' }, 'MEETING_TOKEN_SECONDS must be a whole number'],
    [{ MEETING_TOKEN_SECONDS: '1.5e3' }, 'MEETING_TOKEN_SECONDS must be a whole number'],
    [{ TURN_SECRET: 'short' }, 'TURN_SECRET must be at least 32 characters'],
    [{ TURN_CREDENTIAL_SECONDS: '60' }, 'TURN_CREDENTIAL_SECONDS must be a whole number of seconds from 300'],
    [{ ICE_SERVERS: '[{"urls":"turn:turn.kreis.example"}]' }, 'set TURN_SECRET'],
  ])('stop the start on %j, naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never put a secret into a message', () => {
    const secretValue = 'short-secret';
    for (const env of [
      { ...LIVEKIT, LIVEKIT_API_SECRET: secretValue },
      { ...JITSI, JITSI_APP_SECRET: secretValue },
      { TURN_SECRET: secretValue },
      { LIVEKIT_API_SECRET: secretValue },
    ]) {
      expect(() => mediaConfigOf(env)).toThrow(/./);
      expect(() => mediaConfigOf(env)).not.toThrow(secretValue);
    }
  });

  it('take TURN servers without credentials once TURN_SECRET is set', () => {
    const media = mediaConfigOf({
      ICE_SERVERS: '[{"urls":["turn:turn.kreis.example:3478","turns:turn.kreis.example:5349"]}]',
      TURN_SECRET: 'coturn-static-auth-secret-0123456789',
      TURN_CREDENTIAL_SECONDS: '3600',
    });
    expect(media.iceServers).toEqual([{ urls: ['turn:turn.kreis.example:3478', 'turns:turn.kreis.example:5349'] }]);
    expect(media.turnCredentialSeconds).toBe(3600);
  });
});
