import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The text of a mail file, with quoted-printable or base64 transfer encoding undone. */
function mailText(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).trimStart();
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    return body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return body;
}

async function verifyTokenFor(mailDir: string, email: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(mailDir)) {
      for (const file of readdirSync(mailDir).filter((f) => f.endsWith('.eml'))) {
        const raw = readFileSync(join(mailDir, file), 'utf8');
        if (!raw.toLowerCase().includes(email)) continue;
        const token = /verify-email\?token=([A-Za-z0-9_-]+)/.exec(mailText(raw))?.[1];
        if (token) return token;
      }
    }
    if (Date.now() > deadline) throw new Error(`no verification mail to ${email} in ${mailDir}`);
    await sleep(200);
  }
}

async function post(baseUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(body),
  });
}

async function expectStatus(res: Response, what: string, ...statuses: number[]) {
  if (!statuses.includes(res.status)) {
    throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  }
}

/**
 * Registers a person through the public API, verifies the e-mail with the token from the mail file,
 * signs in, and returns the `Cookie` header value of the session.
 */
export async function signInNewPerson(baseUrl: string, dataDir: string): Promise<string> {
  const email = `bench-${Date.now().toString(36)}@bench.example`;
  const password = 'Bench-password-2026!';
  await expectStatus(
    await post(baseUrl, '/api/auth/register', { name: 'Bench Person', email, password }),
    'POST /api/auth/register',
    201,
  );
  const token = await verifyTokenFor(join(dataDir, 'mail'), email);
  await expectStatus(await post(baseUrl, '/api/auth/verify', { token }), 'POST /api/auth/verify', 200, 204);
  const login = await post(baseUrl, '/api/auth/login', { email, password });
  await expectStatus(login, 'POST /api/auth/login', 200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('allmende_session='));
  if (!cookie) throw new Error('POST /api/auth/login set no session cookie');
  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
  await expectStatus(me, 'GET /api/me', 200);
  return cookie;
}
