import { randomInt } from 'node:crypto';
import { expect, vi } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';

// Each test file evaluates this module anew, in a worker that runs several files: a random start keeps
// two files of one worker from handing out the same addresses (on PostgreSQL they share one database).
let counter = randomInt(0, 2 ** 24 - 1_000_000);
/** A client address of its own, so failed sign-ins of one test never throttle another. */
export function uniqueIp(): string {
  counter = (counter + 1) % 2 ** 24;
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

/** The text of a mail file, with its quoted-printable encoding undone. */
export function mailText(raw: string): string {
  const body = raw
    .slice(raw.search(/\r?\n\r?\n/))
    .replace(/=\r?\n/g, '')
    .trim();
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const hex = body.slice(i + 1, i + 3);
    if (body[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Waits until the address has received `count` mails (they are sent after the answer) and returns their texts. */
export async function mailsFor(t: TestApp, address: string, count = 1): Promise<string[]> {
  return vi.waitFor(
    () => {
      const mails = t.mailsTo(address);
      expect(mails.length).toBeGreaterThanOrEqual(count);
      return mails.map(mailText);
    },
    { timeout: 5000, interval: 20 },
  );
}

/** The token of the first link to `path` (e.g. `/verify-email`) in a mail text. */
export function tokenIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail:\n${text}`);
  return match[1];
}
