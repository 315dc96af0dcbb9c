import { eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appPasswords, persons, sessions } from '../../platform/auth/tables.ts';
import { newId } from '../../platform/db/ids.ts';
import { jobs } from '../../platform/jobs/tables.ts';
import { blobStorageFor } from '../../platform/storage/blob-storage.ts';
import { createPerson, type TestPerson, unique } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { problemOf } from '../../test/test-app.ts';
import { chatWorkspace, post } from '../chat/chat-fixtures.ts';
import { uploaded } from '../documents/document-fixtures.ts';
import { createCommunity } from '../network/questions/question-fixtures.ts';
import { networkProfiles, questions } from '../network/tables.ts';
import { notify } from '../notifications/notify.ts';
import { notifications } from '../notifications/tables.ts';
import { removeExpiredExports } from './expiry.ts';
import { EXPORT_JOB, type ExportResult } from './export-queries.ts';
import { EXPORTS_PER_DAY } from './limits.ts';

// A database of its own: on PostgreSQL every test file's job runner takes jobs from the shared database,
// and another file's app would write the archive to its own data folder and send the mail from there.
const t = await buildTestAppOnOwnDatabase();
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

interface ExportView {
  id: string;
  state: string;
  done: number;
  total: number;
  expiresAt: string | null;
  size: number | null;
}

const ask = (person?: TestPerson) => t.request({ method: 'POST', url: '/api/me/data-exports', cookie: person?.cookie });
const list = (person?: TestPerson) => t.request({ method: 'GET', url: '/api/me/data-exports', cookie: person?.cookie });
const download = (id: string, person?: TestPerson) =>
  t.request({ method: 'GET', url: `/api/me/data-exports/${id}/download`, cookie: person?.cookie });

/** Asks for an export and waits (polling the list, as the page does) until it is no longer under way. */
async function readyExport(person: TestPerson): Promise<ExportView> {
  const res = await ask(person);
  expect(res.statusCode, res.body).toBe(202);
  const started = res.json() as ExportView;
  expect(started).toMatchObject({ state: 'queued', done: 0 });
  expect(started.total).toBeGreaterThan(5);
  for (let i = 0; i < 300; i++) {
    const mine = (await list(person)).json() as ExportView[];
    const found = mine.find((e) => e.id === started.id) as ExportView;
    if (found.state === 'done' || found.state === 'failed') return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
}

function unzip(body: Buffer): Record<string, string> {
  const entries = unzipSync(new Uint8Array(body));
  return Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
}

/** Ends exports left queued or running by a test, so the person's next request is not refused. */
async function endOpenExports(personId: string) {
  await t.deps.db
    .update(jobs)
    .set({ state: 'failed', lockedBy: null, lockedUntil: null })
    .where(
      sql`${jobs.kind} = ${EXPORT_JOB} and ${jobs.createdBy} = ${personId} and ${jobs.state} in ('queued', 'running')`,
    );
}

describe('my data: the export', () => {
  it('holds what the person wrote and uploaded in several areas, and nothing of others or any secret', async () => {
    const word = unique('meinedaten');
    const w = await chatWorkspace(t);
    const me = w.owner;
    await post(t, me, w.defaultChannelId, `Meine Nachricht ${word}`);
    await post(t, w.member, w.defaultChannelId, `Fremde Nachricht ${word}`);
    const document = await uploaded(
      t,
      me,
      `/api/documents/spaces/workspace/${w.workspaceId}`,
      `Bericht ${word}.txt`,
      `Inhalt des Berichts ${word}`,
    );
    await t.deps.db.insert(networkProfiles).values({ personId: me.id, jobTitle: `Sachgebietsleitung ${word}` });
    const community = await createCommunity(t, { createdBy: me.id, members: [{ personId: me.id }] });
    await t.deps.db.insert(questions).values({
      id: newId(),
      communityId: community.id,
      authorId: me.id,
      title: `Frage ${word}`,
      body: `<p>Wie macht man das ${word}?</p>`,
    });
    await t.deps.db.transaction((tx) =>
      notify(tx, [me.id], { kind: 'mention', data: { excerpt: `Hinweis ${word}` }, link: '/start' }),
    );
    const token = (
      await t.request({
        method: 'POST',
        url: '/api/me/app-passwords',
        cookie: me.cookie,
        payload: { name: `Laptop ${word}`, scope: 'api' },
      })
    ).json().token as string;

    const ready = await readyExport(me);
    expect(ready).toMatchObject({ state: 'done', done: ready.total });
    expect(ready.size).toBeGreaterThan(0);
    expect(new Date(ready.expiresAt as string).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);

    const res = await download(ready.id, me);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="allmende-meine-daten-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const files = unzip(res.rawPayload);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'README.txt',
        'account.json',
        'sessions.json',
        'memberships.json',
        'chat-messages.json',
        'network.json',
        'atlas.json',
        'content.json',
        'documents.json',
        'services.json',
        'events.json',
        'meetings.json',
        'notifications.json',
        'audit.json',
      ]),
    );
    expect(files['README.txt']).toContain('Ihre Daten');
    expect(files['README.txt']).toContain('Your data');

    const json = (name: string) => JSON.parse(files[name] as string);
    expect(json('account.json').person).toMatchObject({ id: me.id, email: me.email, name: me.name });
    expect(json('memberships.json').workspaces).toEqual([
      expect.objectContaining({ workspaceId: w.workspaceId, role: 'owner' }),
    ]);
    const texts = json('chat-messages.json').messages.map((m: { text: string }) => m.text);
    expect(texts).toContain(`Meine Nachricht ${word}`);
    expect(files['chat-messages.json']).not.toContain('Fremde Nachricht');
    expect(json('network.json').profile.jobTitle).toBe(`Sachgebietsleitung ${word}`);
    expect(json('network.json').questions[0]).toMatchObject({ title: `Frage ${word}`, communityName: community.name });
    expect(json('notifications.json').notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'mention', data: { excerpt: `Hinweis ${word}` } })]),
    );
    expect(json('sessions.json').sessions[0]).toMatchObject({ device: 'vitest', address: '127.0.0.1' });
    expect(json('sessions.json').appPasswords[0]).toMatchObject({ name: `Laptop ${word}`, scope: 'api' });
    expect(json('audit.json').entries.map((e: { action: string }) => e.action)).toContain('auth.app_password_created');

    const [version] = json('documents.json').versions;
    expect(version).toMatchObject({ name: `Bericht ${word}.txt`, documentId: document.id });
    expect(files[version.file]).toBe(`Inhalt des Berichts ${word}`);

    // No secret in any file: the password hash, the app password and its hash, the session token's hash.
    const everything = Object.values(files).join('\n');
    const [person] = await t.deps.db.select().from(persons).where(eq(persons.id, me.id));
    const [appPassword] = await t.deps.db.select().from(appPasswords).where(eq(appPasswords.personId, me.id));
    const mySessions = await t.deps.db.select().from(sessions).where(eq(sessions.personId, me.id));
    expect(everything).not.toContain(person?.passwordHash);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(appPassword?.tokenHash);
    for (const s of mySessions) expect(everything).not.toContain(s.tokenHash);
    expect(everything).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|"secret"/);
  });

  it('tells the person by a notification and a mail that link to the page, not to the file', async () => {
    const me = await createPerson(t);
    const ready = await readyExport(me);
    const [notification] = await t.deps.db.select().from(notifications).where(eq(notifications.personId, me.id));
    expect(notification).toMatchObject({ kind: 'my-data-ready', link: '/account/my-data' });
    // The mail goes out once the job has recorded that it is done: wait for it.
    for (let i = 0; i < 100 && t.mailsTo(me.email).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [mail] = t.mailsTo(me.email);
    expect(mail).toContain('Subject: Ihre Daten sind bereit');
    expect(mail).toContain(`${t.config.publicUrl}/account/my-data`);
    expect(mail).not.toContain(ready.id);
  });

  it('answers 401 signed out, 404 to anyone but the owner, 400 for a malformed ID', async () => {
    expect(problemOf(await ask(), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await list(), 401).type).toBe('/problems/unauthenticated');
    const owner = await createPerson(t);
    const other = await createPerson(t);
    const ready = await readyExport(owner);
    expect(problemOf(await download(ready.id), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await download(ready.id, other), 404).type).toBe('/problems/not-found');
    expect(problemOf(await download(UNKNOWN_ID, owner), 404).type).toBe('/problems/not-found');
    expect(problemOf(await download('not-a-uuid', owner), 400).status).toBe(400);
    expect((await list(other)).json()).toEqual([]);
    // Another kind of job is no export, even the person's own.
    const foreignJob = newId();
    await t.deps.db
      .insert(jobs)
      .values({ id: foreignJob, kind: 'atlas.import', payload: {}, state: 'failed', createdBy: owner.id });
    expect(problemOf(await download(foreignJob, owner), 404).type).toBe('/problems/not-found');
  });

  it('allows one export at a time (409) and a few a day (429 with Retry-After)', async () => {
    const me = await createPerson(t);
    const running = newId();
    await t.deps.db.insert(jobs).values({
      id: running,
      kind: EXPORT_JOB,
      payload: {},
      state: 'running',
      total: 11,
      createdBy: me.id,
      lockedBy: 'another-process',
      lockedUntil: new Date(Date.now() + 3600_000),
    });
    expect(problemOf(await ask(me), 409).type).toBe('/problems/export-running');
    expect(problemOf(await download(running, me), 409).type).toBe('/problems/export-not-ready');
    await endOpenExports(me.id);

    const hourAgo = new Date(Date.now() - 3600_000);
    await t.deps.db.insert(jobs).values(
      Array.from({ length: EXPORTS_PER_DAY - 1 }, () => ({
        id: newId(),
        kind: EXPORT_JOB,
        payload: {},
        state: 'failed',
        createdBy: me.id,
        createdAt: hourAgo,
      })),
    );
    const res = await ask(me);
    expect(problemOf(res, 429).type).toBe('/problems/rate-limited');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(22 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(23 * 3600);
  });

  it('expires after its days: the list says so, the download is gone (410), the archive is removed', async () => {
    const me = await createPerson(t);
    const ready = await readyExport(me);
    const [job] = await t.deps.db.select().from(jobs).where(eq(jobs.id, ready.id));
    const key = (job?.result as ExportResult | undefined)?.blobKey as string;
    const store = blobStorageFor(t.config);
    expect(await store.head(key)).not.toBeNull();

    const past = new Date(Date.now() - 1000).toISOString();
    await t.deps.db
      .update(jobs)
      .set({ result: sql`${jobs.result} || ${JSON.stringify({ expiresAt: past })}::jsonb` })
      .where(eq(jobs.id, ready.id));
    expect(((await list(me)).json() as ExportView[])[0]).toMatchObject({ id: ready.id, state: 'expired', size: null });
    expect(problemOf(await download(ready.id, me), 410).type).toBe('/problems/export-expired');

    expect(await removeExpiredExports(t.deps)).toBeGreaterThanOrEqual(1);
    expect(await store.head(key)).toBeNull();
    const [after] = await t.deps.db.select().from(jobs).where(eq(jobs.id, ready.id));
    expect((after?.result as ExportResult | undefined)?.removedAt).toBeDefined();
    expect(problemOf(await download(ready.id, me), 410).type).toBe('/problems/export-expired');
  });
});
