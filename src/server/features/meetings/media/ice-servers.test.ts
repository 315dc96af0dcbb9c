import { describe, expect, it } from 'vitest';
import { iceServersFor, iceServersOf } from './ice-servers.ts';

const SECRET = 'coturn-static-auth-secret-0123456789';
const PERSON = '0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b';
const parse = (value: unknown, turnSecret?: string) => iceServersOf(JSON.stringify(value), turnSecret);

describe('ICE_SERVERS', () => {
  it('is empty when unset or blank: no third-party STUN server by default', () => {
    expect(iceServersOf(undefined, undefined)).toEqual([]);
    expect(iceServersOf('  ', undefined)).toEqual([]);
    expect(iceServersOf('[]', undefined)).toEqual([]);
  });

  it('reads STUN and TURN servers with their credentials', () => {
    const servers = [
      { urls: 'stun:stun.kreis.example:3478' },
      {
        urls: ['turn:turn.kreis.example:3478?transport=udp', 'turns:turn.kreis.example:5349?transport=tcp'],
        username: 'allmende',
        credential: 'geheim',
      },
      { urls: ['stun:[2001:db8::1]:3478', 'stun:192.0.2.7'] },
    ];
    expect(parse(servers)).toEqual(servers);
  });

  it.each([
    ['not JSON', '{urls:', 'ICE_SERVERS is not valid JSON'],
    ['an object instead of an array', '{"urls":"stun:a.example"}', 'ICE_SERVERS must be a JSON array'],
    ['a string entry', '["stun:a.example"]', 'ICE_SERVERS: [0] must be an object'],
    [
      'an unknown field',
      '[{"urls":"stun:a.example","credentialType":"oauth"}]',
      '[0].credentialType is not a known field',
    ],
    ['no urls', '[{"username":"u","credential":"c"}]', '[0].urls is missing'],
    ['an empty urls list', '[{"urls":[]}]', '[0].urls must be a URL or a non-empty array'],
    ['a number as URL', '[{"urls":[3478]}]', '[0].urls[0] must be a text'],
    ['an http URL', '[{"urls":"https://turn.example"}]', '[0].urls must be stun:host[:port]'],
    ['a STUN URL with a transport', '[{"urls":"stun:a.example?transport=udp"}]', '?transport= belongs to turn:'],
    ['port 0', '[{"urls":"stun:a.example:0"}]', 'has port 0, not within 1–65535'],
    ['port 70000', '[{"urls":"turn:a.example:70000","username":"u","credential":"c"}]', 'has port 70000'],
    ['a username alone', '[{"urls":"turn:a.example","username":"u"}]', '[0] needs both username and credential'],
    ['credentials on STUN', '[{"urls":"stun:a.example","username":"u","credential":"c"}]', 'belong to turn:'],
    ['an empty credential', '[{"urls":"turn:a.example","username":"u","credential":""}]', '[0].credential must be'],
    ['TURN without credential or secret', '[{"urls":"turn:a.example"}]', 'set TURN_SECRET'],
    ['eleven servers', JSON.stringify(Array(11).fill({ urls: 'stun:a.example' })), 'lists 11 servers; at most 10'],
  ])('refuses %s, naming the fault', (_, value, message) => {
    expect(() => iceServersOf(value, undefined)).toThrow(message);
  });

  it('never repeats a credential in its messages', () => {
    const leaks = [
      '[{"urls":"turn:user:hunter2-secret@a.example"}]',
      '[{"urls":"turn:a.example","username":"u","credential":"hunter2-secret","extra":1}]',
      '[{"urls":"turn:a.example","credential":"hunter2-secret"}]',
      '[{"urls":"turn:a.example","username":"u","credential":"hunter2-secret"',
    ];
    for (const value of leaks) {
      expect(() => iceServersOf(value, undefined)).toThrow();
      try {
        iceServersOf(value, undefined);
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2');
      }
    }
  });

  it('takes a TURN server without credentials when TURN_SECRET is set', () => {
    expect(parse([{ urls: 'turns:turn.kreis.example:5349' }], SECRET)).toEqual([
      { urls: 'turns:turn.kreis.example:5349' },
    ]);
  });
});

describe('iceServersFor', () => {
  const now = new Date(1_700_000_000_000);
  const settings = (iceServers: ReturnType<typeof iceServersOf>, turnSecret?: string) => ({
    iceServers,
    turnSecret,
    turnCredentialSeconds: 43_200,
  });

  it('hands no server at all by default', () => {
    expect(iceServersFor(settings([]), PERSON, now)).toEqual([]);
  });

  it('makes time-limited TURN credentials per person as coturn use-auth-secret checks them', () => {
    const servers = iceServersOf(
      JSON.stringify([
        { urls: 'stun:turn.kreis.example' },
        { urls: ['turn:turn.kreis.example:3478', 'turns:turn.kreis.example:5349'] },
        { urls: 'turn:other.example', username: 'static', credential: 'kept' },
      ]),
      SECRET,
    );
    const handed = iceServersFor(settings(servers, SECRET), PERSON, now);
    expect(handed[0]).toEqual({ urls: 'stun:turn.kreis.example' });
    // Expected value from `openssl dgst -sha1 -hmac <secret> -binary | base64` over the username.
    expect(handed[1]).toEqual({
      urls: ['turn:turn.kreis.example:3478', 'turns:turn.kreis.example:5349'],
      username: `1700043200:${PERSON}`,
      credential: '1grQA5Dn5fV0GAJjtnygad+uvfE=',
    });
    expect(handed[2]).toEqual({ urls: 'turn:other.example', username: 'static', credential: 'kept' });
  });

  it('does not let the caller change the configured list', () => {
    const servers = iceServersOf('[{"urls":["stun:a.example"]}]', undefined);
    const handed = iceServersFor(settings(servers), PERSON, now);
    const [first] = handed;
    if (!first || !Array.isArray(first.urls)) throw new Error('expected one server with a list of URLs');
    first.urls.push('stun:evil.example');
    expect(servers[0]?.urls).toEqual(['stun:a.example']);
  });
});
