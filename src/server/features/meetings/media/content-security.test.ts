import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../platform/http/security-headers.ts';
import { mediaConfigOf } from './media-config.ts';

const LIVEKIT = {
  LIVEKIT_URL: 'wss://livekit.kreis.example:7443',
  LIVEKIT_API_KEY: 'APIallmende',
  LIVEKIT_API_SECRET: 'livekit-secret-of-at-least-32-characters',
};

function connectSrc(env: Record<string, string>): string[] {
  const headers = securityHeaders({ mapTileUrl: undefined, environment: 'production', media: mediaConfigOf(env) });
  const policy = headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '';
  const directive = policy.split(';').find((d) => d.trim().startsWith('connect-src')) ?? '';
  return directive.trim().split(/\s+/).slice(1);
}

describe('the Content Security Policy for meetings', () => {
  it('admits no outside origin by default, nor for Jitsi (a link opened on its own) or TURN (not governed by CSP)', () => {
    expect(connectSrc({})).toEqual(["'self'"]);
    expect(
      connectSrc({
        JITSI_URL: 'https://meet.kreis.example',
        JITSI_APP_ID: 'allmende',
        JITSI_APP_SECRET: 'jitsi-secret-of-at-least-32-characters!',
        ICE_SERVERS: '[{"urls":"stun:turn.kreis.example"}]',
      }),
    ).toEqual(["'self'"]);
  });

  it("admits the LiveKit server's origin for WebSocket and HTTPS once LIVEKIT_URL is set", () => {
    expect(connectSrc(LIVEKIT)).toEqual([
      "'self'",
      'wss://livekit.kreis.example:7443',
      'https://livekit.kreis.example:7443',
    ]);
    expect(connectSrc({ ...LIVEKIT, LIVEKIT_URL: 'ws://localhost:7880' })).toEqual([
      "'self'",
      'ws://localhost:7880',
      'http://localhost:7880',
    ]);
  });
});
