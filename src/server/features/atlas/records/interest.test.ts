import { describe, expect, it } from 'vitest';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { createRecord, getRecord, notificationsOf, partner, publishedRecord, recordInput } from '../atlas-fixtures.ts';
import { cooperationInterests } from '../tables.ts';

const t = await buildTestApp();

function writeTo(person: TestPerson | null, id: string, payload: object = { kind: 'contact', message: 'Hallo!' }) {
  return t.request({ method: 'POST', url: `/api/atlas/cooperations/${id}/interest`, cookie: person?.cookie, payload });
}

/** A published record with a linked contact (a colleague of the owner) and an external one. */
async function recordWithContacts() {
  const owner = await partner(t);
  const colleague = await createPerson(t, { organisation: owner.organisation });
  const external = `${unique('ext')}@kreis.example`.toLowerCase();
  const record = await publishedRecord(t, owner, {
    contacts: [{ personId: colleague.id }, { name: 'Externe Person', email: external }],
  });
  return { owner, colleague, external, record };
}

describe('POST /api/atlas/cooperations/:id/interest', () => {
  it('notifies linked contacts, mails every contact with a reply-to of the sender and counts the interest', async () => {
    const { colleague, external, record } = await recordWithContacts();
    const reader = await partner(t);
    const message = 'Wir möchten den gemeinsamen Bauhof auch einführen. Können wir telefonieren?';
    const res = await writeTo(reader.member, record.id, { kind: 'reuse', message });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ interestCount: 1, recipients: 2 });

    const [note] = await notificationsOf(t, colleague.id);
    expect(note).toMatchObject({
      kind: 'cooperation-contact',
      link: `/atlas/${record.slug}`,
      data: {
        actorName: reader.member.name,
        actorOrganisation: reader.organisation.name,
        title: record.title,
        excerpt: message,
        interestKind: 'reuse',
      },
    });
    for (const address of [colleague.email, external]) {
      // Quoted-printable wraps long lines with a trailing '='.
      const mail = t.mailsTo(address)[0]?.replace(/=\r?\n/g, '');
      expect(mail).toBeDefined();
      expect(mail).toMatch(new RegExp(`^Reply-To: ${reader.member.email}`, 'mi'));
      expect(mail).toContain('telefonieren');
      expect(mail).toContain(`/atlas/${record.slug}`);
    }
    expect((await getRecord(t, null, record.slug)).json().interestCount).toBe(1);
  });

  it('counts contact requests of both kinds', async () => {
    const { record } = await recordWithContacts();
    await writeTo((await partner(t)).member, record.id, { kind: 'contact', message: 'Frage' });
    const res = await writeTo((await partner(t)).member, record.id, { kind: 'reuse', message: 'Nachnutzung' });
    expect(res.json().interestCount).toBe(2);
  });

  it('allows one request per person and record a day (429)', async () => {
    const { record } = await recordWithContacts();
    const reader = await createPerson(t);
    expect((await writeTo(reader, record.id)).statusCode).toBe(201);
    const problem = problemOf(await writeTo(reader, record.id), 429);
    expect(problem.type).toBe('/problems/rate-limited');
    expect((await getRecord(t, null, record.slug)).json().interestCount).toBe(1);
  });

  it('allows five requests per person an hour (429 after), older ones do not count', async () => {
    const { record } = await recordWithContacts();
    const elsewhere = await recordWithContacts();
    const reader = await createPerson(t);
    const earlier = (minutesAgo: number) => ({
      id: newId(),
      cooperationId: elsewhere.record.id,
      personId: reader.id,
      kind: 'contact',
      message: 'früher',
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    });
    await t.deps.db.insert(cooperationInterests).values([90, 80, 70, 65, 61].map(earlier));
    expect((await writeTo(reader, record.id)).statusCode).toBe(201);

    const busy = await createPerson(t);
    await t.deps.db
      .insert(cooperationInterests)
      .values([50, 40, 30, 20, 10].map((m) => ({ ...earlier(m), personId: busy.id })));
    expect(problemOf(await writeTo(busy, record.id), 429).detail).toMatch(/hour/);
  });

  it('requires sign-in (401) and a verified account (403)', async () => {
    const { record } = await recordWithContacts();
    expect(problemOf(await writeTo(null, record.id), 401).type).toBe('/problems/unauthenticated');
    const unverified = await createPerson(t, { verified: false });
    expect(problemOf(await writeTo(unverified, record.id), 403).type).toBe('/problems/forbidden');
  });

  it('is for published records with contacts: 404 for others’ drafts, 409 for own drafts and without contacts', async () => {
    const owner = await partner(t);
    const draft = await createRecord(t, owner.member, recordInput([owner.organisation.id]));
    expect((await writeTo((await partner(t)).member, draft.id)).statusCode).toBe(404);
    expect(problemOf(await writeTo(owner.member, draft.id), 409).type).toBe('/problems/not-published');
    const silent = await publishedRecord(t, owner, { contacts: [] });
    expect(problemOf(await writeTo((await partner(t)).member, silent.id), 409).type).toBe('/problems/no-contacts');
    expect((await getRecord(t, null, silent.slug)).json().viewer.canContact).toBe(false);
  });

  it.each([
    ['an empty message', { kind: 'contact', message: '' }],
    ['an unknown kind', { kind: 'spam', message: 'Hallo' }],
    ['an overlong message', { kind: 'contact', message: 'x'.repeat(ATLAS_LIMITS.interestMessageMax + 1) }],
  ])('refuses %s (400)', async (_label, payload) => {
    const { record } = await recordWithContacts();
    expect(problemOf(await writeTo(await createPerson(t), record.id, payload), 400).type).toBe('/problems/validation');
  });
});
