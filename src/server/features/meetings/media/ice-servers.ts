import { createHmac } from 'node:crypto';

/** One STUN or TURN server as the browser's `RTCPeerConnection` takes it (`RTCIceServer`). */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

const KNOWN_FIELDS = ['urls', 'username', 'credential'];
const MAX_SERVERS = 10;
const MAX_TEXT = 512;
// RFC 7064 (stun:, stuns:) and RFC 7065 (turn:, turns: with an optional transport); a host name, an IPv4
// address or an IPv6 address in brackets, and a port.
const ICE_URL =
  /^(?:stuns?|turns?):(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(?::(?<port>\d{1,5}))?(?<query>\?transport=(?:udp|tcp))?$/;

const isTurn = (url: string) => url.startsWith('turn:') || url.startsWith('turns:');

function urlsOf(where: string, value: unknown): string | string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_SERVERS)
    throw new Error(`ICE_SERVERS: ${where}.urls must be a URL or a non-empty array of at most ${MAX_SERVERS} URLs`);
  list.forEach((url, index) => {
    const at = Array.isArray(value) ? `${where}.urls[${index}]` : `${where}.urls`;
    if (typeof url !== 'string') throw new Error(`ICE_SERVERS: ${at} must be a text`);
    const match = ICE_URL.exec(url);
    if (!match) {
      // A URL with user:password@ is not repeated: the password would end up in the log.
      const shown = url.includes('@') ? 'a URL with credentials in it' : `"${url.slice(0, 100)}"`;
      throw new Error(
        `ICE_SERVERS: ${at} must be stun:host[:port], stuns:, turn: or turns:host[:port][?transport=udp|tcp], got ${shown}`,
      );
    }
    if (match.groups?.query && !isTurn(url))
      throw new Error(`ICE_SERVERS: ${at}: ?transport= belongs to turn: and turns: URLs only`);
    const port = match.groups?.port;
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
      throw new Error(`ICE_SERVERS: ${at} has port ${port}, not within 1–65535`);
  });
  return value as string | string[];
}

function secretText(where: string, field: string, value: unknown): string {
  // The value itself is never repeated: it may be a password.
  if (typeof value !== 'string' || value === '' || value.length > MAX_TEXT)
    throw new Error(`ICE_SERVERS: ${where}.${field} must be a non-empty text of at most ${MAX_TEXT} characters`);
  return value;
}

/**
 * The STUN and TURN servers of `ICE_SERVERS`: a JSON array of `{urls, username?, credential?}`. Unset or
 * empty: none (no third-party STUN server is ever assumed; browsers then connect only directly). A TURN
 * entry needs a username and a credential, or `turnSecret` (coturn's `static-auth-secret`) from which
 * `iceServersFor` makes time-limited ones per person. A mistake stops the start with a message naming
 * the entry and the field, never a credential.
 */
export function iceServersOf(value: string | undefined, turnSecret: string | undefined): IceServer[] {
  if (value === undefined || value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // JSON.parse's message quotes the text, which may hold a credential.
    throw new Error('ICE_SERVERS is not valid JSON (expected an array like [{"urls":"turn:turn.example.org:3478"}])');
  }
  if (!Array.isArray(parsed)) throw new Error('ICE_SERVERS must be a JSON array of {urls, username, credential}');
  if (parsed.length > MAX_SERVERS)
    throw new Error(`ICE_SERVERS lists ${parsed.length} servers; at most ${MAX_SERVERS}`);
  return parsed.map((entry: unknown, index): IceServer => {
    const where = `[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new Error(`ICE_SERVERS: ${where} must be an object {urls, username, credential}`);
    const fields = entry as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!KNOWN_FIELDS.includes(key))
        throw new Error(`ICE_SERVERS: ${where}.${key.slice(0, 40)} is not a known field (urls, username, credential)`);
    }
    if (fields.urls === undefined) throw new Error(`ICE_SERVERS: ${where}.urls is missing`);
    const urls = urlsOf(where, fields.urls);
    const turn = (Array.isArray(urls) ? urls : [urls]).some(isTurn);
    const hasUsername = fields.username !== undefined;
    const hasCredential = fields.credential !== undefined;
    if (hasUsername !== hasCredential)
      throw new Error(`ICE_SERVERS: ${where} needs both username and credential, or neither`);
    if (hasUsername) {
      if (!turn) throw new Error(`ICE_SERVERS: ${where}: username and credential belong to turn: or turns: servers`);
      return {
        urls,
        username: secretText(where, 'username', fields.username),
        credential: secretText(where, 'credential', fields.credential),
      };
    }
    if (turn && turnSecret === undefined)
      throw new Error(
        `ICE_SERVERS: ${where} is a TURN server without username and credential: give both, or set TURN_SECRET (coturn's static-auth-secret) for time-limited credentials`,
      );
    return { urls };
  });
}

/**
 * The ICE servers handed to one person's browser. TURN entries configured without a credential get a
 * time-limited one, as coturn's `use-auth-secret` expects (the "TURN REST API"): username
 * `<expiry in Unix seconds>:<person id>`, credential base64(HMAC-SHA1(secret, username)). The relay refuses
 * it after the expiry, so a credential read from a browser is of no use for long.
 */
export function iceServersFor(
  settings: { iceServers: IceServer[]; turnSecret: string | undefined; turnCredentialSeconds: number },
  personId: string,
  now: Date = new Date(),
): IceServer[] {
  return settings.iceServers.map((server) => {
    const urls = Array.isArray(server.urls) ? [...server.urls] : server.urls;
    const turn = (Array.isArray(urls) ? urls : [urls]).some(isTurn);
    if (server.username !== undefined || !turn || settings.turnSecret === undefined) return { ...server, urls };
    const expiry = Math.floor(now.getTime() / 1000) + settings.turnCredentialSeconds;
    const username = `${expiry}:${personId}`;
    const credential = createHmac('sha1', settings.turnSecret).update(username).digest('base64');
    return { urls, username, credential };
  });
}
