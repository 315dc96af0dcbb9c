import { and, eq, inArray, sql } from 'drizzle-orm';
import { outbox } from '../../platform/events/tables.ts';
import type { TestPerson } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { notify } from './notify.ts';
import { notifications } from './tables.ts';

/** Gives people a notification (committed and published) and returns its IDs in their order. */
export async function give(
  t: TestApp,
  people: TestPerson | TestPerson[],
  kind = 'workspace-invitation',
  data: Record<string, unknown> = { actorName: 'Anna Schulz', workspaceName: 'Bauhof-Kooperation' },
  link: string | null = '/workspaces/bauhof',
): Promise<string[]> {
  const list = Array.isArray(people) ? people : [people];
  const ids = await t.deps.db.transaction((tx) =>
    notify(
      tx,
      list.map((p) => p.id),
      { kind, data, link },
    ),
  );
  await t.deps.publisher.flush();
  return ids;
}

/** A chat mention in a channel at a message sequence number. */
export function mention(channelId: string, seq: number, excerpt = `Nachricht ${seq}`) {
  return {
    actorName: 'Max Muster',
    channelName: 'allgemein',
    workspaceName: 'Digitalisierung Südwestfalen',
    excerpt,
    channelId,
    seq,
    messageId: `m-${seq}`,
  };
}

/** Moves notifications back in time, as if they had waited that many minutes. */
export async function age(t: TestApp, ids: string[], minutes: number) {
  await t.deps.db
    .update(notifications)
    .set({ createdAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(inArray(notifications.id, ids));
}

export async function stored(t: TestApp, id: string) {
  const rows = await t.deps.db.select().from(notifications).where(eq(notifications.id, id));
  return rows[0];
}

/** The `notification.read` events addressed to a person, oldest first. */
export async function readEventsFor(t: TestApp, person: TestPerson) {
  const rows = await t.deps.db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.type, 'notification.read'),
        sql`${outbox.audience}->'personIds' @> ${JSON.stringify([person.id])}::jsonb`,
      ),
    )
    .orderBy(outbox.position);
  return rows.map((r) => r.payload);
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] as string));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodePart(part: string): { type: string; body: string } {
  const split = part.search(/\r?\n\r?\n/);
  const headers = part.slice(0, split);
  const body = part.slice(split).trim();
  const type = /^Content-Type:\s*([^;\s]+)/im.exec(headers)?.[1] ?? 'text/plain';
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return { type, body: Buffer.from(body, 'base64').toString('utf8') };
  if (encoding === 'quoted-printable') return { type, body: decodeQuotedPrintable(body) };
  return { type, body };
}

/** Subject, plain text and HTML of a raw mail as its reader sees them. */
export function readMail(raw: string): { subject: string; text: string; html: string } {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1).map(decodePart) : [decodePart(raw)];
  return {
    subject,
    text: parts.find((p) => p.type === 'text/plain')?.body ?? '',
    html: parts.find((p) => p.type === 'text/html')?.body ?? '',
  };
}
