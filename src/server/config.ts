import { resolve } from 'node:path';
import { type MediaConfig, mediaConfigOf } from './features/meetings/media/media-config.ts';
import { type SsoProviderSettings, ssoProvidersOf } from './features/sso/provider-settings.ts';
import { type S3Settings, s3SettingsOf } from './platform/storage/s3-settings.ts';

/**
 * Every setting of the server, read from the environment in one place.
 * The README's configuration table mirrors this list.
 */
export interface Config {
  /** TCP port the HTTP server listens on. */
  port: number;
  /** Interface to bind; `0.0.0.0` to serve the network. */
  host: string;
  /** Folder for the embedded database, mails written as files and uploaded files. */
  dataDir: string;
  /** Uploaded files in an S3-compatible bucket (`S3_*`) instead of `dataDir/blobs`; undefined: on the local disk. */
  s3: S3Settings | undefined;
  /** PostgreSQL connection string; when unset, the embedded PGlite database in `dataDir/pglite` is used. */
  databaseUrl: string | undefined;
  /** Redis connection string; when set, events travel over Redis pub/sub so several processes serve one platform. */
  redisUrl: string | undefined;
  /** The Redis pub/sub channel of this platform's events; two platforms on one Redis need two names. */
  redisChannel: string;
  /** SMTP connection string for outgoing mail; when unset, mails are written to `dataDir/mail/*.eml`. */
  smtpUrl: string | undefined;
  /** How long each configured service (PostgreSQL, Redis, SMTP, the S3 bucket) may take to answer at start-up, in seconds. */
  serviceTimeoutSeconds: number;
  /** Sender address of outgoing mail. */
  mailFrom: string;
  /** The address people use to reach the platform; used in mailed links and for the Origin check. */
  publicUrl: string;
  /** Demo mode: load demo organisations and accounts, list them on the sign-in page. */
  demo: boolean;
  /** `production` turns on Secure cookies and hides internals in error messages. */
  environment: 'development' | 'production' | 'test';
  /** Log level of the server (`fatal` … `trace`, or `silent`). */
  logLevel: string;
  /** Readable log lines (pino-pretty) instead of JSON: LOG_FORMAT=pretty|json, pretty when stdout is a terminal. */
  prettyLog: boolean;
  /**
   * The key the two-factor secrets are encrypted under (env `TWO_FACTOR_KEY`, 32 bytes in base64, e.g.
   * `openssl rand -base64 32`). Unset: a key kept in `dataDir/two-factor.key`, made on first use — except
   * in production on PostgreSQL, where the server then refuses to start once anyone uses two-factor sign-in.
   */
  twoFactorKey: Buffer | undefined;
  /**
   * Whether platform admins must have a second factor while the platform setting (/admin/settings) was
   * never saved (env `TWO_FACTOR_FOR_ADMINS`, 1 or 0): on, except in tests (whose admins are made
   * without one) and in demo mode (whose admins are shown around). Once saved, the setting decides.
   */
  twoFactorForAdminsByDefault: boolean;
  /** Lifetime of a session without activity, in days. */
  sessionDays: number;
  /**
   * Failed sign-ins of one account from one address within `loginWindowMinutes` before that pair is
   * slowed down (1 s, doubling, at most the window); 0 turns the check off.
   */
  loginMaxFailures: number;
  /**
   * Failed sign-ins allowed per client address on any accounts within `loginWindowMinutes`: higher than
   * per pair, since a whole town hall may share one address (0 turns the check off).
   */
  loginMaxFailuresPerAddress: number;
  /**
   * Failed sign-ins of one account from addresses it has not signed in from recently, within the window,
   * after which such addresses are slowed down once they fail themselves (0 turns the check off).
   */
  loginMaxFailuresPerAccount: number;
  /** That many failures from such addresses within the window mail the person, once per window (0: never). */
  loginAlertFailures: number;
  /** The window of every failure count, and the longest delay. */
  loginWindowMinutes: number;
  /** Requests per minute and address allowed on each sign-in, registration, reset and setup route (a coarse flood guard). */
  authRateLimitPerMinute: number;
  /**
   * How long a signed-in person's session and own view are reused without asking the database, in ms.
   * This process forgets them at once when they change; other processes within this time.
   */
  sessionCacheMs: number;
  /**
   * How long an atlas search answer is reused for the same query, in ms (0 turns the cache off). This
   * process forgets the answers at once when a record is saved; other processes within this time.
   */
  atlasSearchCacheMs: number;
  /**
   * How long a process keeps a query word's analysis (compound parts, typo suggestion) for the atlas
   * search; emptied by any save in this process, as the answers are; 0 turns it off.
   */
  atlasWordCacheMs: number;
  /**
   * How long a public content answer (a page on /inhalte/, the JSON for apps) is reused, in ms (0 turns
   * the cache off). Every process forgets them once a content write has committed (content-generation.ts).
   */
  contentCacheMs: number;
  /**
   * How long a process keeps a project's view for portfolios (env `PORTFOLIO_CACHE_MS`, 60 s; 0 turns
   * the cache off). Every process drops a project's view once a change to it has committed, all of
   * them when a workspace or organisation is renamed (portfolio/project-base-cache.ts).
   */
  portfolioCacheMs: number;
  /** Behind a reverse proxy: take the client address from `X-Forwarded-For` (env `TRUST_PROXY=1`). */
  trustProxy: boolean;
  /** Where the built web app lives; served as static files. */
  webDist: string;
  /** Unread mentions and direct messages are mailed, bundled per person, once they are this many minutes old. */
  notificationDigestMinutes: number;
  /**
   * How often one person may post in the network within an hour (questions, answers, comments,
   * endorsements); beyond it, 429 with Retry-After. 0 lifts a limit.
   */
  networkLimits: {
    questionsPerHour: number;
    answersPerHour: number;
    commentsPerHour: number;
    endorsementsPerHour: number;
  };
  /**
   * Map tiles under the atlas map, an `https://…/{z}/{x}/{y}.png` template. Unset (the default), the
   * map draws only the shipped outlines and no request leaves the platform; set, the CSP admits its origin.
   */
  mapTileUrl: string | undefined;
  /** The credit the tile server demands (e.g. "© OpenStreetMap contributors"), shown under the map. */
  mapTileAttribution: string | undefined;
  /** Identity providers for single sign-on (env `OIDC_PROVIDERS`, a JSON array); empty: none. */
  ssoProviders: SsoProviderSettings[];
  /** How meetings carry media: STUN/TURN for the mesh (`ICE_SERVERS`, `TURN_SECRET`), LiveKit or Jitsi (`LIVEKIT_*`, `JITSI_*`). */
  media: MediaConfig;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function url(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    new URL(value);
  } catch {
    throw new Error(`${name} is not a valid URL: "${value}"`);
  }
  return value;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  if (['1', 'true'].includes(value.trim())) return true;
  if (['0', 'false'].includes(value.trim())) return false;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}

function aesKey(name: string, value: string | undefined): Buffer | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(trimmed) || key.length !== 32)
    throw new Error(`${name} must be 32 bytes in base64 (e.g. from "openssl rand -base64 32")`);
  return key;
}

function tileTemplate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`MAP_TILE_URL is not a valid URL: "${value}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error('MAP_TILE_URL must be an http(s) URL');
  // The host goes into the CSP as it is, so it must be a plain host name, not a {s} placeholder.
  if (/[{}]/.test(parsed.host)) throw new Error('MAP_TILE_URL must name one host (no {s} placeholder)');
  for (const part of ['{z}', '{x}', '{y}']) {
    if (!value.includes(part))
      throw new Error(`MAP_TILE_URL must contain ${part}, e.g. https://tiles.example/{z}/{x}/{y}.png`);
  }
  return value;
}

/** Reads the configuration from an environment (defaults to `process.env`) and command-line flags. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const port = integer('PORT', env.PORT, 3000);
  const environment = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const logLevel = env.LOG_LEVEL ?? (environment === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const logFormat = env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
  if (logFormat !== 'pretty' && logFormat !== 'json') throw new Error('LOG_FORMAT must be pretty or json');
  const demo = argv.includes('--demo') || env.DEMO === '1' || env.DEMO === 'true';
  const publicUrl = (url('PUBLIC_URL', env.PUBLIC_URL) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    s3: s3SettingsOf(env),
    databaseUrl: url('DATABASE_URL', env.DATABASE_URL),
    redisUrl: url('REDIS_URL', env.REDIS_URL),
    redisChannel: env.REDIS_CHANNEL?.trim() || 'allmende:events',
    smtpUrl: url('SMTP_URL', env.SMTP_URL),
    serviceTimeoutSeconds: Math.max(1, integer('SERVICE_TIMEOUT_SECONDS', env.SERVICE_TIMEOUT_SECONDS, 10)),
    mailFrom: env.MAIL_FROM ?? 'Allmende <noreply@allmende.localhost>',
    publicUrl,
    demo,
    environment,
    logLevel,
    prettyLog: logFormat === 'pretty',
    twoFactorKey: aesKey('TWO_FACTOR_KEY', env.TWO_FACTOR_KEY),
    twoFactorForAdminsByDefault: flag(
      'TWO_FACTOR_FOR_ADMINS',
      env.TWO_FACTOR_FOR_ADMINS,
      !(environment === 'test' || demo),
    ),
    sessionDays: integer('SESSION_DAYS', env.SESSION_DAYS, 30),
    loginMaxFailures: integer('LOGIN_MAX_FAILURES', env.LOGIN_MAX_FAILURES, 5),
    loginMaxFailuresPerAddress: integer('LOGIN_MAX_FAILURES_PER_ADDRESS', env.LOGIN_MAX_FAILURES_PER_ADDRESS, 30),
    loginMaxFailuresPerAccount: integer('LOGIN_MAX_FAILURES_PER_ACCOUNT', env.LOGIN_MAX_FAILURES_PER_ACCOUNT, 20),
    loginAlertFailures: integer('LOGIN_ALERT_FAILURES', env.LOGIN_ALERT_FAILURES, 10),
    loginWindowMinutes: integer('LOGIN_WINDOW_MINUTES', env.LOGIN_WINDOW_MINUTES, 15),
    // Tests send every request from one address, so the flood guard is loosened there unless set.
    authRateLimitPerMinute: integer('AUTH_RATE_LIMIT', env.AUTH_RATE_LIMIT, environment === 'test' ? 10_000 : 30),
    sessionCacheMs: integer('SESSION_CACHE_MS', env.SESSION_CACHE_MS, environment === 'test' ? 0 : 2000),
    atlasSearchCacheMs: integer(
      'ATLAS_SEARCH_CACHE_MS',
      env.ATLAS_SEARCH_CACHE_MS,
      environment === 'test' ? 0 : 30_000,
    ),
    atlasWordCacheMs: integer('ATLAS_WORD_CACHE_MS', env.ATLAS_WORD_CACHE_MS, 30_000),
    contentCacheMs: integer('CONTENT_CACHE_MS', env.CONTENT_CACHE_MS, 60_000),
    portfolioCacheMs: integer('PORTFOLIO_CACHE_MS', env.PORTFOLIO_CACHE_MS, 60_000),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    webDist: resolve(env.WEB_DIST ?? './dist/web'),
    notificationDigestMinutes: integer('NOTIFICATION_DIGEST_MINUTES', env.NOTIFICATION_DIGEST_MINUTES, 15),
    networkLimits: {
      questionsPerHour: integer('NETWORK_QUESTIONS_PER_HOUR', env.NETWORK_QUESTIONS_PER_HOUR, 10),
      answersPerHour: integer('NETWORK_ANSWERS_PER_HOUR', env.NETWORK_ANSWERS_PER_HOUR, 30),
      commentsPerHour: integer('NETWORK_COMMENTS_PER_HOUR', env.NETWORK_COMMENTS_PER_HOUR, 60),
      endorsementsPerHour: integer('NETWORK_ENDORSEMENTS_PER_HOUR', env.NETWORK_ENDORSEMENTS_PER_HOUR, 30),
    },
    mapTileUrl: tileTemplate(env.MAP_TILE_URL),
    mapTileAttribution: env.MAP_TILE_ATTRIBUTION?.trim() || undefined,
    ssoProviders: ssoProvidersOf(env.OIDC_PROVIDERS),
    media: mediaConfigOf(env),
  };
}
