import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** A port nobody listens on now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

// Where the journeys' server runs and keeps its data; playwright.config.ts starts it from these.
// The port is free when the run starts (two runs on one machine never meet); Playwright's workers
// inherit it through the environment, so every file of one run talks to the same server.
process.env.E2E_PORT ||= String(await freePort());
export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = `.tmp/e2e-${E2E_PORT}/data`;
export const E2E_SERVER_LOG = `.tmp/e2e-${E2E_PORT}/server.log`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything the server printed so far. */
export function serverLog(): string {
  return existsSync(E2E_SERVER_LOG) ? readFileSync(E2E_SERVER_LOG, 'utf8') : '';
}

/** The one-time setup token the server prints on first start (`…/setup?token=…`). */
export async function setupToken(timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /\/setup\?token=([A-Za-z0-9_-]+)/.exec(serverLog());
    if (match?.[1]) return match[1];
    if (Date.now() > deadline) throw new Error(`no setup link in ${E2E_SERVER_LOG} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** One mail the server wrote to `DATA_DIR/mail/`, with its text decoded. */
export interface SentMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => `%${hex}`);
    // Percent-escape the rest so decodeURIComponent turns the encoded bytes back into UTF-8 text.
    return decodeURIComponent(bytes.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  }
  return body;
}

function parseMail(file: string): SentMail {
  const raw = readFileSync(file, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  return {
    file,
    to: /^to:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? '',
    subject: /^subject:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? '',
    text: decodeBody(headers, body),
  };
}

/** Mails sent to an address so far, oldest first. */
export function mailsTo(address: string): SentMail[] {
  const dir = resolve(E2E_DATA_DIR, 'mail');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMail(join(dir, f)))
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}

/** Waits for the newest mail to an address that contains a link to `path` (e.g. `/verify-email`), and returns that link. */
export async function linkMailedTo(address: string, path: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const pattern = new RegExp(`https?://[^\\s"<>]*${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\s"<>]*`);
  for (;;) {
    for (const mail of mailsTo(address).reverse()) {
      const link = pattern.exec(mail.text)?.[0];
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${address} with a link to ${path} within ${timeoutMs} ms`);
    await sleep(200);
  }
}
