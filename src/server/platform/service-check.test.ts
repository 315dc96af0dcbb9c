import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServices, redactUrl, ServiceUnavailable } from './service-check.ts';

/** A TCP server that accepts connections and never says a word: a service that hangs. */
function silentServer(): Promise<{ port: number; close(): void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        port,
        close() {
          for (const socket of sockets) socket.destroy();
          server.close();
        },
      });
    });
  });
}

/** A port nobody listens on (taken, then given back). */
function refusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function failure(promise: Promise<unknown>): Promise<ServiceUnavailable> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ServiceUnavailable) return err;
    throw err;
  }
  throw new Error('expected the check to fail');
}

describe('start-up service check', () => {
  let silent: { port: number; close(): void };
  beforeAll(async () => {
    silent = await silentServer();
  });
  afterAll(() => silent.close());

  it('names REDIS_URL when Redis refuses or does not answer, within the timeout', async () => {
    const refused = await failure(checkServices({ redisUrl: `redis://127.0.0.1:${await refusedPort()}` }, 2000));
    expect(refused.setting).toBe('REDIS_URL');
    expect(refused.message).toMatch(/^REDIS_URL: redis:\/\/127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED\)$/);

    const started = Date.now();
    const hanging = await failure(checkServices({ redisUrl: `redis://127.0.0.1:${silent.port}` }, 1000));
    expect(hanging.message).toMatch(/^REDIS_URL: .* did not answer within 1 s$/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('names DATABASE_URL and SMTP_URL the same way, and never prints a password', async () => {
    const database = await failure(
      checkServices({ databaseUrl: `postgres://app:geheim@127.0.0.1:${silent.port}/allmende` }, 1000),
    );
    expect(database.message).toMatch(/^DATABASE_URL: postgres:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/allmende /);
    expect(database.message).not.toContain('geheim');

    const smtp = await failure(checkServices({ smtpUrl: `smtp://127.0.0.1:${await refusedPort()}` }, 2000));
    expect(smtp.message).toMatch(/^SMTP_URL: smtp:\/\/127\.0\.0\.1:\d+ /);
    expect(redactUrl('redis://:secret@h:1')).toBe('redis://:***@h:1');
  });

  it('passes when nothing is configured', async () => {
    await expect(checkServices({}, 1000)).resolves.toBeUndefined();
  });

  it('stops the server process with one line naming the setting, before the database is created', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'allmende-start-'));
    const webDist = join(dataDir, 'web');
    mkdirSync(webDist);
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Allmende</title>');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...env, REDIS_URL: `redis://127.0.0.1:${silent.port}`, SERVICE_TIMEOUT_SECONDS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^Allmende cannot start: REDIS_URL: redis:\/\/127\.0\.0\.1:\d+ did not answer within 1 s$/,
    );
    expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  });
});
