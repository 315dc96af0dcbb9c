import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';

// Answers given outside the routes (the router's refusals, Node's HTTP parser) are problem+json with
// the security headers, like every other answer under /api.

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await buildTestApp();
  // A real listening server on a free port: the 431 and the parser's 400 never reach Fastify's inject.
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

/** Sends raw bytes and returns the raw answer (status line, headers, body). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    // Written, not ended: the server closes the connection after its answer (Connection: close or an error).
    socket.on('connect', () => socket.write(request));
    socket.setTimeout(5_000, () => reject(new Error('no answer')));
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function expectSecureProblem(answer: { status: number; headers: Record<string, unknown> }, status: number) {
  expect(answer.status).toBe(status);
  expect(String(answer.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(String(answer.headers['content-security-policy'])).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBeDefined();
}

describe('answers outside the routes', () => {
  it('answers a path that is no valid percent-encoded UTF-8 with a bad-url problem', async () => {
    for (const url of ['/api/messages/%C0%AE%C0%AE', '/api/persons/%E0%A4%A', '/api/organisations/%FF']) {
      const response = await t.request({ method: 'GET', url });
      expectSecureProblem({ status: response.statusCode, headers: response.headers }, 400);
      expect(response.json()).toMatchObject({ type: '/problems/bad-url', status: 400 });
    }
  });

  it('answers an over-long path parameter with 414 problem+json', async () => {
    const response = await t.request({ method: 'GET', url: `/api/messages/${'a'.repeat(5_000)}` });
    expectSecureProblem({ status: response.statusCode, headers: response.headers }, 414);
    expect(response.json().type).toBe('/problems/uri-too-long');
  });

  it('puts the security headers on 404s and validation errors too', async () => {
    const missing = await t.request({ method: 'GET', url: '/api/no-such-thing' });
    expectSecureProblem({ status: missing.statusCode, headers: missing.headers }, 404);
    const invalid = await t.request({ method: 'GET', url: '/api/persons?q=%00' });
    expectSecureProblem({ status: invalid.statusCode, headers: invalid.headers }, 400);
  });

  it('answers a request line longer than the parser takes with 431 problem+json (real server)', async () => {
    const answer = parse(await raw(`GET /api/health?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`));
    expectSecureProblem(answer, 431);
    expect(JSON.parse(answer.body)).toMatchObject({ type: '/problems/headers-too-large', status: 431 });
  });

  it('answers a request the parser cannot read with 400 problem+json (real server)', async () => {
    const answer = parse(await raw('GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n'));
    expectSecureProblem(answer, 400);
    expect(JSON.parse(answer.body).type).toBe('/problems/bad-request');
  });

  it('still answers well-formed requests on the same server', async () => {
    const answer = parse(await raw('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
