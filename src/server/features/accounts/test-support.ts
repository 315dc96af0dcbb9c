import { expect, vi } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';

let counter = 0;
/** A client address of its own, so failed sign-ins of one test never throttle another. */
export function uniqueIp(): string {
  counter += 1;
  const n = (process.pid % 200) * 65_536 + counter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
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
