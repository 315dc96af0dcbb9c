import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { FORMER_PERSON_NAME } from '../../../../shared/contracts/account-deletion.ts';
import { newId } from '../../../platform/db/ids.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { chatWorkspace, ok, post } from '../../chat/chat-fixtures.ts';
import { createCommunity } from '../../network/questions/question-fixtures.ts';
import { answers, networkProfiles, postComments, questions } from '../../network/tables.ts';
import { readMail } from '../../notifications/notification-fixtures.ts';
import { notify } from '../../notifications/notify.ts';
import { uniqueIp } from '../test-support.ts';
import { formerAddress } from './erase-person.ts';

const t = await buildTestApp();

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

const deleteOwn = (person: { cookie?: string } | null, payload: unknown, headers: Record<string, string> = {}) =>
  t.request({
    method: 'POST',
    url: '/api/me/account-deletion',
    cookie: person?.cookie,
    payload: payload as object,
    headers,
    remoteAddress: uniqueIp(),
  });

async function count(app: TestApp, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await app.deps.db.execute(query));
  return Number(row?.n ?? 0);
}

const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await t.deps.db.execute(query))[0] as T;

async function mailsTo(address: string, atLeast = 1): Promise<string[]> {
  for (let i = 0; i < 100 && t.mailsTo(address).length < atLeast; i++) await new Promise((r) => setTimeout(r, 20));
  return t.mailsTo(address);
}

/**
 * A member of a workspace (not its owner) with something in most areas: chat messages (one with an
 * attachment), a question of their own, an answer and a comment on the owner's question, a network
 * profile, an app password, a notification; their organisation has another admin.
 */
async function worldOfContributions() {
  const word = unique('loeschen');
  const w = await chatWorkspace(t);
  const me = w.member;
  const home = await one<{ id: string; name: string }>(
    sql`select o.id, o.name from organisation_memberships m join organisations o on o.id = m.organisation_id
        where m.person_id = ${me.id}`,
  );
  const orgAdmin = await createPerson(t, { organisation: { ...home, domain: 'people.example' }, role: 'admin' });
  const message = await post(t, me, w.defaultChannelId, `Meine Nachricht ${word}`);
  const bytes = new TextEncoder().encode(`Anhang ${word} ${newId()}`);
  const blobKey = await blobStorageFor(t.config).put(bytes);
  await t.deps.db.execute(
    sql`insert into message_attachments (id, message_id, channel_id, uploaded_by, blob_key, file_name, media_type, size)
        values (${newId()}, ${(message as { id: string }).id}, ${w.defaultChannelId}, ${me.id}, ${blobKey}, 'a.txt', 'text/plain', ${bytes.length})`,
  );
  await t.deps.db.insert(networkProfiles).values({ personId: me.id, jobTitle: `Sachgebiet ${word}` });
  const community = await createCommunity(t, {
    createdBy: w.owner.id,
    members: [{ personId: w.owner.id, role: 'moderator' }, { personId: me.id }],
  });
  const ownQuestion = newId();
  const othersQuestion = newId();
  await t.deps.db.insert(questions).values([
    { id: ownQuestion, communityId: community.id, authorId: me.id, title: `Meine Frage ${word}`, body: '<p>?</p>' },
    { id: othersQuestion, communityId: community.id, authorId: w.owner.id, title: `Frage ${word}`, body: '<p>?</p>' },
  ]);
  const answer = newId();
  await t.deps.db
    .insert(answers)
    .values({ id: answer, questionId: othersQuestion, authorId: me.id, body: '<p>So.</p>' });
  await t.deps.db
    .update(questions)
    .set({ answerCount: 1, acceptedAnswerId: answer })
    .where(sql`id = ${othersQuestion}`);
  const comment = newId();
  await t.deps.db.insert(postComments).values({
    id: comment,
    questionId: othersQuestion,
    postKind: 'question',
    postId: othersQuestion,
    authorId: me.id,
    body: 'Danke',
  });
  await ok(t, me, 'POST', '/api/me/app-passwords', { name: `Laptop ${word}`, scope: 'api' }, 201);
  // A registration for an event with an answer, a calendar feed, named as an expert of an offer.
  const event = newId();
  await t.deps.db.execute(
    sql`insert into events (id, title, starts_at, ends_at, visibility, created_by)
        values (${event}, ${`Forum ${word}`}, now() + interval '7 days', now() + interval '8 days', 'platform', ${w.owner.id})`,
  );
  await t.deps.db.execute(sql`update events set capacity = 1 where id = ${event}`);
  await t.deps.db.execute(
    sql`insert into event_registrations (id, event_id, person_id, state, answers)
        values (${newId()}, ${event}, ${me.id}, 'registered', ${JSON.stringify({ diet: 'vegetarisch' })}::jsonb)`,
  );
  // The owner waits for the one place.
  await t.deps.db.execute(
    sql`insert into event_registrations (id, event_id, person_id, state) values (${newId()}, ${event}, ${w.owner.id}, 'waitlisted')`,
  );
  await t.deps.db.execute(sql`insert into event_feeds (person_id, token_hash) values (${me.id}, ${`hash-${word}`})`);
  const offer = newId();
  await t.deps.db.execute(
    sql`insert into service_offers (id, organisation_id, title, price_model, legal_basis, audience, created_by)
        values (${offer}, ${home.id}, ${`Angebot ${word}`}, 'cost-recovery', 'zweckvereinbarung', 'platform', ${orgAdmin.id})`,
  );
  await t.deps.db.execute(
    sql`insert into service_offer_experts (offer_id, person_id, position) values (${offer}, ${me.id}, 0)`,
  );
  // The owner's bell names the member (a mention with an excerpt), and someone else.
  await t.deps.db.transaction(async (tx) => {
    await notify(tx, [w.owner.id], { kind: 'mention', data: { actorName: me.name, excerpt: `Hallo ${word}` } });
    await notify(tx, [w.owner.id], { kind: 'mention', data: { actorName: w.owner.name, excerpt: `Selbst ${word}` } });
  });
  return {
    word,
    w,
    me,
    event,
    home,
    orgAdmin,
    message: message as { id: string },
    blobKey,
    ownQuestion,
    othersQuestion,
    answer,
    comment,
  };
}

const rowsAbout = async (personId: string) => ({
  sessions: await count(t, sql`select count(*) as n from sessions where person_id = ${personId}`),
  appPasswords: await count(t, sql`select count(*) as n from app_passwords where person_id = ${personId}`),
  workspaces: await count(t, sql`select count(*) as n from workspace_members where person_id = ${personId}`),
  organisation: await count(t, sql`select count(*) as n from organisation_memberships where person_id = ${personId}`),
  communities: await count(t, sql`select count(*) as n from community_members where person_id = ${personId}`),
  channels: await count(t, sql`select count(*) as n from channel_members where person_id = ${personId}`),
  profile: await count(t, sql`select count(*) as n from network_profiles where person_id = ${personId}`),
  events: await count(t, sql`select count(*) as n from event_registrations where person_id = ${personId}`),
  feeds: await count(t, sql`select count(*) as n from event_feeds where person_id = ${personId}`),
  expertOf: await count(t, sql`select count(*) as n from service_offer_experts where person_id = ${personId}`),
});

/** What the person's bell says about the test's word, oldest first. */
const bellOf = async (personId: string, word: string) =>
  rowsOf<{ data: Record<string, unknown> }>(
    await t.deps.db.execute(
      sql`select data from notifications where person_id = ${personId} and data->>'excerpt' like ${`%${word}`}
          order by created_at, data->>'excerpt'`,
    ),
  ).map((row) => row.data);

const noneLeft = {
  sessions: 0,
  appPasswords: 0,
  workspaces: 0,
  organisation: 0,
  communities: 0,
  channels: 0,
  profile: 0,
  events: 0,
  feeds: 0,
  expertOf: 0,
};

describe('POST /api/me/account-deletion', () => {
  it('deletes the account and keeps the contributions under "ehemalige Person"', async () => {
    const x = await worldOfContributions();
    expect(await rowsAbout(x.me.id)).toMatchObject({ workspaces: 1, events: 1, feeds: 1, expertOf: 1 });
    const res = await deleteOwn(x.me, { password: x.me.password, contributions: 'keep' });
    expect(res.statusCode, res.body).toBe(204);
    expect(res.cookies.find((c) => c.name === 'allmende_session')?.value).toBe('');
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: x.me.cookie })).statusCode).toBe(401);

    const person = await one<{ name: string; email: string; deleted: boolean; admin: boolean }>(
      sql`select name, email, deleted_at is not null as deleted, is_platform_admin as admin from persons where id = ${x.me.id}`,
    );
    expect(person).toEqual({ name: FORMER_PERSON_NAME, email: formerAddress(x.me.id), deleted: true, admin: false });
    expect(await rowsAbout(x.me.id)).toEqual(noneLeft);
    // Kept, under the anonymised row.
    const message = await one<{ text: string; deleted: boolean }>(
      sql`select text, deleted_at is not null as deleted from messages where id = ${x.message.id}`,
    );
    expect(message).toEqual({ text: expect.stringContaining(x.word), deleted: false });
    expect(await count(t, sql`select count(*) as n from questions where id = ${x.ownQuestion}`)).toBe(1);
    expect(await count(t, sql`select count(*) as n from answers where id = ${x.answer}`)).toBe(1);
    expect(await count(t, sql`select count(*) as n from post_comments where id = ${x.comment}`)).toBe(1);
    expect(await blobStorageFor(t.config).get(x.blobKey)).not.toBeNull();
    // The channel shows the message under the former person's name.
    const page = await ok<{ messages: { id: string; author: { name: string } }[] }>(
      t,
      x.w.owner,
      'GET',
      `/api/channels/${x.w.defaultChannelId}/messages`,
    );
    expect(page.messages.find((m) => m.id === x.message.id)?.author.name).toBe(FORMER_PERSON_NAME);
    // The place at the event goes to the first on its waitlist, who is told.
    const owner = await one<{ state: string }>(
      sql`select state from event_registrations where event_id = ${x.event} and person_id = ${x.w.owner.id}`,
    );
    expect(owner).toEqual({ state: 'registered' });
    expect(
      await count(
        t,
        sql`select count(*) as n from notifications where person_id = ${x.w.owner.id} and kind = 'event-moved-up'`,
      ),
    ).toBe(1);
    // Others' bells no longer name the person.
    expect(await bellOf(x.w.owner.id, x.word)).toEqual([
      { actorName: FORMER_PERSON_NAME, excerpt: `Hallo ${x.word}` },
      { actorName: x.w.owner.name, excerpt: `Selbst ${x.word}` },
    ]);
  });

  it('deletes the contributions too when asked, where no other rule keeps them', async () => {
    const x = await worldOfContributions();
    const res = await deleteOwn(x.me, { password: x.me.password, contributions: 'delete' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await rowsAbout(x.me.id)).toEqual(noneLeft);
    const message = await one<{ text: string; deleted: boolean }>(
      sql`select text, deleted_at is not null as deleted from messages where id = ${x.message.id}`,
    );
    expect(message).toEqual({ text: '', deleted: true });
    expect(await count(t, sql`select count(*) as n from message_attachments where uploaded_by = ${x.me.id}`)).toBe(0);
    expect(await blobStorageFor(t.config).get(x.blobKey)).toBeNull();
    expect(await count(t, sql`select count(*) as n from questions where id = ${x.ownQuestion}`)).toBe(0);
    expect(await count(t, sql`select count(*) as n from answers where id = ${x.answer}`)).toBe(0);
    expect(await count(t, sql`select count(*) as n from post_comments where id = ${x.comment}`)).toBe(0);
    // The other's question stays, its counts true: no answer, none accepted.
    const question = await one<{ answerCount: number; accepted: string | null }>(
      sql`select answer_count as "answerCount", accepted_answer_id as accepted from questions where id = ${x.othersQuestion}`,
    );
    expect(question).toEqual({ answerCount: 0, accepted: null });
    // The notification quoting the person's words goes with them.
    expect(await bellOf(x.w.owner.id, x.word)).toEqual([{ actorName: x.w.owner.name, excerpt: `Selbst ${x.word}` }]);
  });

  it('frees the e-mail address: it can register again', async () => {
    const me = await createPerson(t);
    expect((await deleteOwn(me, { password: me.password, contributions: 'keep' })).statusCode).toBe(204);
    const again = await t.request({
      method: 'POST',
      url: '/api/auth/register',
      payload: { name: 'Neu Angemeldet', email: me.email, password: 'ein ganz neues langes Passwort' },
      remoteAddress: uniqueIp(),
    });
    expect(again.statusCode, again.body).toBe(201);
    // The old password opens nothing.
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: me.email, password: me.password },
      remoteAddress: uniqueIp(),
    });
    expect(login.statusCode).toBe(401);
  });

  it('tells the admins of the home organisation in the bell and by mail; the audit log keeps the fact, not the content', async () => {
    const x = await worldOfContributions();
    const before = await count(
      t,
      sql`select count(*) as n from audit_log where actor_id = ${x.me.id} and details is not null`,
    );
    expect(before).toBeGreaterThan(0); // creating the app password was audited with details
    expect((await deleteOwn(x.me, { password: x.me.password, contributions: 'keep' })).statusCode).toBe(204);
    const bell = await ok<{ items: { kind: string; data: Record<string, string> }[] }>(
      t,
      x.orgAdmin,
      'GET',
      '/api/notifications',
    );
    expect(bell.items[0]).toMatchObject({
      kind: 'account-deleted',
      data: { organisationName: x.home.name, personName: x.me.name },
    });
    const mail = readMail((await mailsTo(x.orgAdmin.email))[0] as string).text;
    expect(mail).toContain(x.me.name);
    expect(mail).toContain(`${t.config.publicUrl}/organisations/${x.home.id}`);
    const entries = rowsOf<{ action: string; details: unknown; ip: string | null }>(
      await t.deps.db.execute(
        sql`select action, details, ip from audit_log where actor_id = ${x.me.id} order by at desc, id desc`,
      ),
    );
    expect(entries[0]).toEqual({ action: 'account.deleted', details: { by: 'self', contributions: 'keep' }, ip: null });
    expect(entries.slice(1).every((e) => e.details === null && e.ip === null)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(x.word);
  });

  it('refuses a wrong password (403, counted as a failed sign-in) and a missing one (400)', async () => {
    const me = await createPerson(t);
    const wrong = problemOf(await deleteOwn(me, { password: 'falsch', contributions: 'keep' }), 403);
    expect(wrong.type).toContain('wrong-password');
    expect(
      await count(
        t,
        sql`select count(*) as n from audit_log where actor_id = ${me.id} and action = 'auth.login_failed'`,
      ),
    ).toBe(1);
    const missing = problemOf(await deleteOwn(me, { contributions: 'keep' }), 400);
    expect(missing.type).toContain('password-required');
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: me.cookie })).statusCode).toBe(200);
  });

  it('is refused signed out (401) and with an app password (403)', async () => {
    problemOf(await deleteOwn(null, { password: 'x', contributions: 'keep' }), 401);
    const me = await createPerson(t);
    const token = (
      await ok<{ token: string }>(t, me, 'POST', '/api/me/app-passwords', { name: 'API', scope: 'api' }, 201)
    ).token;
    const res = await deleteOwn(
      null,
      { password: me.password, contributions: 'keep' },
      { authorization: `Bearer ${token}` },
    );
    problemOf(res, 403);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: me.cookie })).statusCode).toBe(200);
  });

  it.each([
    ['no choice', { password: 'x' }],
    ['an unknown choice', { password: 'x', contributions: 'maybe' }],
    ['null', null],
    ['a choice of null', { password: 'x', contributions: null }],
    ['another person’s ID', { password: 'x', contributions: 'keep', personId: newId() }],
    ['a NUL byte', { password: 'a\u0000b', contributions: 'keep' }],
    ['a 100 kB password', { password: 'p'.repeat(100_000), contributions: 'keep' }],
    ['an empty password', { password: '', contributions: 'keep' }],
  ])('refuses %s with 400 problem+json', async (_, payload) => {
    const me = await createPerson(t);
    problemOf(await deleteOwn(me, payload), 400);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: me.cookie })).statusCode).toBe(200);
  });

  it('refuses the last owner of a workspace and the last admin of an organisation (409 naming what to hand over)', async () => {
    const w = await chatWorkspace(t);
    const res = await deleteOwn(w.owner, { password: w.owner.password, contributions: 'keep' });
    const problem = problemOf(res, 409) as ReturnType<typeof problemOf> & Record<string, unknown>;
    expect(problem.type).toContain('hand-over-first');
    const name = await one<{ name: string }>(sql`select name from workspaces where id = ${w.workspaceId}`);
    expect(problem.workspaces).toBe(name.name);
    expect(problem.detail).toContain(name.name);
    // Nothing half-written: the owner is still there, signed in.
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: w.owner.cookie })).statusCode).toBe(200);

    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const refused = problemOf(
      await deleteOwn(admin, { password: admin.password, contributions: 'keep' }),
      409,
    ) as Record<string, unknown>;
    expect(refused.organisations).toBe(organisation.name);
    // With a second admin, the first may go.
    await createPerson(t, { organisation, role: 'admin' });
    expect((await deleteOwn(admin, { password: admin.password, contributions: 'keep' })).statusCode).toBe(204);
  });

  it('lets a person who signs in only through a provider confirm with a fresh sign-in', async () => {
    const me: TestPerson = await createPerson(t);
    await t.deps.db.execute(
      sql`insert into sso_identities (id, provider_id, issuer, subject, person_id)
          values (${newId()}, 'test', 'https://idp.example', ${unique('sub')}, ${me.id})`,
    );
    await t.deps.db.execute(sql`update sessions set created_at = now() - interval '1 hour' where person_id = ${me.id}`);
    const stale = problemOf(await deleteOwn(me, { contributions: 'keep' }), 403);
    expect(stale.type).toContain('recent-sign-in-required');
    await t.deps.db.execute(sql`update sessions set created_at = now() where person_id = ${me.id}`);
    expect((await deleteOwn(me, { contributions: 'delete' })).statusCode).toBe(204);
    expect(await count(t, sql`select count(*) as n from sso_identities where person_id = ${me.id}`)).toBe(0);
  });

  it('asks a person with two-factor sign-in for a current code too (step-up), then removes the second factor', async () => {
    const me = await createPerson(t);
    const setup = await t.request({ method: 'POST', url: '/api/me/two-factor/setup', cookie: me.cookie });
    const { secret } = setup.json() as { secret: string };
    const confirm = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/confirm',
      cookie: me.cookie,
      payload: { code: codeAt(secret, -1) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const missing = problemOf(await deleteOwn(me, { password: me.password, contributions: 'keep' }), 401);
    expect(missing.type).toContain('two-factor-code-required');
    const wrong = problemOf(
      await deleteOwn(me, { password: me.password, contributions: 'keep' }, { 'x-two-factor-code': '000000' }),
      401,
    );
    expect(wrong.type).toContain('invalid-two-factor-code');
    const res = await deleteOwn(
      me,
      { password: me.password, contributions: 'keep' },
      { 'x-two-factor-code': codeAt(secret) },
    );
    expect(res.statusCode, res.body).toBe(204);
    expect(await count(t, sql`select count(*) as n from two_factor_secrets where person_id = ${me.id}`)).toBe(0);
    expect(await count(t, sql`select count(*) as n from two_factor_recovery_codes where person_id = ${me.id}`)).toBe(0);
  });

  it('tells the account page what to hand over first and whether a password confirms (401 signed out)', async () => {
    const w = await chatWorkspace(t);
    const status = await ok<{ handOver: Record<string, unknown>; hasPassword: boolean }>(
      t,
      w.owner,
      'GET',
      '/api/me/account-deletion',
    );
    const name = await one<{ name: string }>(sql`select name from workspaces where id = ${w.workspaceId}`);
    expect(status).toEqual({
      handOver: { organisations: [], workspaces: [name.name], communities: [], platformAdmin: false },
      hasPassword: true,
    });
    const member = await ok<{ handOver: { workspaces: string[] } }>(t, w.member, 'GET', '/api/me/account-deletion');
    expect(member.handOver.workspaces).toEqual([]);
    problemOf(await t.request({ method: 'GET', url: '/api/me/account-deletion' }), 401);
  });

  it('takes no other person’s ID: there is no such route', async () => {
    const me = await createPerson(t);
    const other = await createPerson(t);
    for (const url of [`/api/me/account-deletion/${other.id}`, `/api/persons/${other.id}/deletion`]) {
      const res = await t.request({
        method: 'POST',
        url,
        cookie: me.cookie,
        payload: { password: me.password, contributions: 'keep' },
      });
      expect(res.statusCode).toBe(404);
    }
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: other.cookie })).statusCode).toBe(200);
  });
});
