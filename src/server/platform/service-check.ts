import type { S3Settings } from './storage/s3-settings.ts';

/** A configured service that did not answer at start-up; its message is one line naming the setting. */
export class ServiceUnavailable extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ServiceUnavailable';
  }
}

export interface ServiceSettings {
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  smtpUrl?: string | undefined;
  s3?: S3Settings | undefined;
}

/** The URL as it may appear in a log: without its password. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unreadable URL)';
  }
}

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') return 'refused the connection (ECONNREFUSED)';
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `host not found (${e.code})`;
  const message = String(e.message ?? err).split('\n')[0] ?? '';
  return e.code ? `${message} (${e.code})` : message;
}

async function within<T>(
  setting: string,
  url: string,
  timeoutMs: number,
  attempt: () => Promise<T>,
  cleanUp: () => void,
) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailable(setting, `${redactUrl(url)} did not answer within ${Math.ceil(timeoutMs / 1000)} s`),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([attempt(), timeout]);
  } catch (err) {
    if (err instanceof ServiceUnavailable) throw err;
    throw new ServiceUnavailable(setting, `${redactUrl(url)} ${reason(err)}`);
  } finally {
    clearTimeout(timer);
    cleanUp();
  }
}

async function checkPostgres(url: string, timeoutMs: number) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  await within(
    'DATABASE_URL',
    url,
    timeoutMs,
    async () => {
      await client.connect();
      await client.query('select 1');
    },
    () => void client.end().catch(() => {}),
  );
}

async function checkRedis(url: string, timeoutMs: number) {
  const { Redis } = await import('ioredis');
  // One try, no queue: a start-up check must fail, not wait for a Redis that may come back.
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // connect() rejects with a bare "Connection is closed."; the cause arrives as an error event first.
  let cause: unknown;
  client.on('error', (err) => {
    cause ??= err;
  });
  await within(
    'REDIS_URL',
    url,
    timeoutMs,
    async () => {
      try {
        await client.connect();
        await client.ping();
      } catch (err) {
        throw cause ?? err;
      }
    },
    () => client.disconnect(),
  );
}

async function checkSmtp(url: string, timeoutMs: number) {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  await within(
    'SMTP_URL',
    url,
    timeoutMs,
    () => transport.verify(),
    () => transport.close(),
  );
}

/**
 * Asks every configured service (PostgreSQL, Redis, SMTP, the S3 bucket) to answer within `timeoutMs`, all at once,
 * before anything is migrated or listened on. Throws a {@link ServiceUnavailable} naming the setting of
 * the first one that does not.
 */
export async function checkServices(settings: ServiceSettings, timeoutMs: number): Promise<void> {
  const checks: Promise<void>[] = [];
  if (settings.databaseUrl) checks.push(checkPostgres(settings.databaseUrl, timeoutMs));
  if (settings.redisUrl) checks.push(checkRedis(settings.redisUrl, timeoutMs));
  if (settings.smtpUrl) checks.push(checkSmtp(settings.smtpUrl, timeoutMs));
  if (settings.s3) {
    const s3 = settings.s3;
    checks.push(import('./storage/s3-blob-storage.ts').then(({ checkS3Bucket }) => checkS3Bucket(s3, timeoutMs)));
  }
  const results = await Promise.allSettled(checks);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}
