import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './request-log.ts';

/** A Fastify app that logs like the platform does, into an array of parsed JSON lines. */
async function appWithLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const { logController } = loggerOptions({ logLevel: 'info', pretty: false });
  const app = Fastify({ logger: { level: 'info', stream }, logController });
  app.get('/api/things', async () => ({ ok: true }));
  app.get('/api/broken', async () => {
    throw new Error('boom');
  });
  await app.ready();
  return { app, lines };
}

describe('request log', () => {
  it('writes one readable line per request, without the query string that may carry a token', async () => {
    const { app, lines } = await appWithLog();
    await app.inject({ method: 'GET', url: '/api/things?token=secret-one-time-token' });
    const requestLines = lines.filter((line) => line.path !== undefined);
    expect(requestLines).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({ level: 30, method: 'GET', path: '/api/things', status: 200 });
    expect(String(requestLines[0]?.msg)).toMatch(/^GET \/api\/things 200 \d+(\.\d)? ms$/);
    expect(JSON.stringify(lines)).not.toContain('secret-one-time-token');
    await app.close();
  });

  it('marks answers of 500 and above as warnings', async () => {
    const { app, lines } = await appWithLog();
    await app.inject({ method: 'GET', url: '/api/broken' });
    const line = lines.find((entry) => entry.path === '/api/broken');
    expect(line).toMatchObject({ level: 40, status: 500 });
    await app.close();
  });

  it('chooses pino-pretty only when asked, and no logger at all when silent', () => {
    expect(loggerOptions({ logLevel: 'silent', pretty: true })).toEqual({ logger: false });
    const pretty = loggerOptions({ logLevel: 'info', pretty: true });
    expect(pretty.logger).toMatchObject({ transport: { target: 'pino-pretty' } });
    expect(loggerOptions({ logLevel: 'info', pretty: false }).logger).not.toHaveProperty('transport');
  });
});
