import { type IceServer, iceServersOf } from './ice-servers.ts';

/** A LiveKit server (open-source SFU) that carries meetings larger than the mesh. */
export interface LiveKitSettings {
  /** Where browsers connect (`LIVEKIT_URL`, `wss://…`). */
  url: string;
  apiKey: string;
  apiSecret: string;
}

/** A Jitsi Meet installation with token authentication (`jitsi-meet-tokens`, shared secret). */
export interface JitsiSettings {
  /** The Jitsi Meet address without a trailing slash (`JITSI_URL`); a path segment is a tenant. */
  url: string;
  /** The tenant, when `JITSI_URL` names one (`https://meet.example.org/kreis`): the token's `sub`. */
  tenant: string | undefined;
  /** `app_id` of the Prosody host: the token's `iss`. */
  appId: string;
  /** `app_secret` of the Prosody host: signs the token (HS256). */
  appSecret: string;
}

/**
 * How meetings carry their media, read once at start-up from the environment. With nothing set: the
 * browsers connect to each other (mesh) with no STUN or TURN server, and no media server.
 */
export interface MediaConfig {
  /** `ICE_SERVERS`: STUN/TURN servers for the mesh; empty by default (no third-party STUN). */
  iceServers: IceServer[];
  /** `TURN_SECRET`: coturn's `static-auth-secret`; TURN entries without a credential get time-limited ones. */
  turnSecret: string | undefined;
  /** `TURN_CREDENTIAL_SECONDS`: how long such a TURN credential holds (the longest meeting it relays). */
  turnCredentialSeconds: number;
  /** `MEETING_TOKEN_SECONDS`: how long a LiveKit token or Jitsi link may be used to join. */
  tokenSeconds: number;
  livekit: LiveKitSettings | undefined;
  jitsi: JitsiSettings | undefined;
}

const DEFAULT_TOKEN_SECONDS = 600;
const DEFAULT_TURN_CREDENTIAL_SECONDS = 12 * 3600;
// LiveKit's server refuses secrets shorter than this; HS256 wants a key of at least 256 bits (RFC 7518).
const MIN_SECRET = 32;

type Env = Record<string, string | undefined>;
const setting = (env: Env, name: string) => env[name]?.trim() || undefined;

/** All of a group of settings or none; a half-given group names what is missing (never a value). */
function group<const N extends string>(env: Env, names: readonly N[]): Record<N, string> | undefined {
  const given = names.filter((name) => setting(env, name) !== undefined);
  if (given.length === 0) return undefined;
  const missing = names.filter((name) => !given.includes(name));
  if (missing.length > 0)
    throw new Error(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set; give all of ${names.join(', ')} or none)`,
    );
  return Object.fromEntries(names.map((name) => [name, setting(env, name)])) as Record<N, string>;
}

function serviceUrl(name: string, value: string, schemes: string[]): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} is not a valid URL`);
  }
  if (parsed.username || parsed.password) throw new Error(`${name} must not carry credentials`);
  if (parsed.search || parsed.hash) throw new Error(`${name} must have no query or fragment`);
  const scheme = parsed.protocol.slice(0, -1);
  // Plain ws/http only for a server on this machine (development): elsewhere tokens would travel readable.
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  const [secure, plain] = schemes;
  if (scheme !== secure && !(scheme === plain && local))
    throw new Error(`${name} must be a ${secure}:// URL (${plain}:// only for localhost), got ${scheme}://`);
  return parsed;
}

function secret(name: string, value: string): string {
  if (value.length < MIN_SECRET)
    throw new Error(`${name} must be at least ${MIN_SECRET} characters long (e.g. from "openssl rand -base64 32")`);
  return value;
}

function seconds(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new Error(`${name} must be a whole number of seconds from ${min} to ${max}, got "${raw.slice(0, 20)}"`);
  return n;
}

function liveKitOf(env: Env): LiveKitSettings | undefined {
  const given = group(env, ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']);
  if (!given) return undefined;
  serviceUrl('LIVEKIT_URL', given.LIVEKIT_URL, ['wss', 'ws']);
  if (given.LIVEKIT_API_KEY.length > 200 || /\s/.test(given.LIVEKIT_API_KEY))
    throw new Error('LIVEKIT_API_KEY must be one word of at most 200 characters');
  return {
    url: given.LIVEKIT_URL.replace(/\/+$/, ''),
    apiKey: given.LIVEKIT_API_KEY,
    apiSecret: secret('LIVEKIT_API_SECRET', given.LIVEKIT_API_SECRET),
  };
}

function jitsiOf(env: Env): JitsiSettings | undefined {
  const given = group(env, ['JITSI_URL', 'JITSI_APP_ID', 'JITSI_APP_SECRET']);
  if (!given) return undefined;
  const parsed = serviceUrl('JITSI_URL', given.JITSI_URL, ['https', 'http']);
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.length > 1 || (segments[0] !== undefined && !/^[a-z0-9][a-z0-9_-]{0,62}$/.test(segments[0])))
    throw new Error(
      'JITSI_URL must be the Jitsi Meet address, optionally with one tenant (https://meet.example.org/kreis)',
    );
  if (given.JITSI_APP_ID.length > 200 || /\s/.test(given.JITSI_APP_ID))
    throw new Error('JITSI_APP_ID must be one word of at most 200 characters');
  return {
    url: `${parsed.origin}${segments[0] ? `/${segments[0]}` : ''}`,
    tenant: segments[0],
    appId: given.JITSI_APP_ID,
    appSecret: secret('JITSI_APP_SECRET', given.JITSI_APP_SECRET),
  };
}

/**
 * The media settings of an environment (`config.ts` reads them into `Config.media`). A mistake stops the
 * start with a message naming the setting and the fault, never a secret.
 */
export function mediaConfigOf(env: Env): MediaConfig {
  const turnSecret = setting(env, 'TURN_SECRET');
  if (turnSecret !== undefined) secret('TURN_SECRET', turnSecret);
  return {
    iceServers: iceServersOf(env.ICE_SERVERS, turnSecret),
    turnSecret,
    turnCredentialSeconds: seconds(env, 'TURN_CREDENTIAL_SECONDS', DEFAULT_TURN_CREDENTIAL_SECONDS, 300, 7 * 86_400),
    tokenSeconds: seconds(env, 'MEETING_TOKEN_SECONDS', DEFAULT_TOKEN_SECONDS, 60, 3600),
    livekit: liveKitOf(env),
    jitsi: jitsiOf(env),
  };
}

/** The name the task brief uses for `mediaConfigOf`. */
export const loadMediaConfig = mediaConfigOf;
