import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import { changeState, getRecord, partner, publishedRecord, recordInput, replaceRecord } from '../atlas-fixtures.ts';
import { cooperations } from '../tables.ts';

// The per-process cache of the record answer for signed-out readers (ATLAS_SEARCH_CACHE_MS; off in other tests).
// A database and bus of its own: saves of other test files would otherwise empty the cache at any time.
const t = await buildTestAppOnOwnDatabase({ atlasSearchCacheMs: 60_000 });

describe('record answers for signed-out readers', () => {
  it('are served from memory exactly as built, until the record is saved', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner, {
      contacts: [{ name: 'Externe Person', email: 'kontakt@kreis.example', phone: '040 123' }],
    });
    const first = await getRecord(t, null, record.slug);
    expect(first.statusCode).toBe(200);
    const second = await getRecord(t, null, record.slug);
    expect(second.body).toBe(first.body);
    // What the cache holds is what the schema lets out: no contact details for signed-out readers.
    expect(second.json().contacts[0]).toMatchObject({ name: 'Externe Person', email: null, phone: null });
    expect(second.headers['content-type']).toMatch(/^application\/json/);

    // A change behind the platform's back is not seen while the answer is cached …
    await t.deps.db.update(cooperations).set({ title: 'Heimlich geändert' }).where(eq(cooperations.id, record.id));
    expect((await getRecord(t, null, record.slug)).json().title).toBe(record.title);

    // … but a save through the platform empties the cache at once.
    const current = (await getRecord(t, owner.member, record.slug)).json();
    const saved = await replaceRecord(
      t,
      owner.member,
      current,
      recordInput([owner.organisation.id], { title: 'Neuer Titel des Projekts' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await getRecord(t, null, record.slug)).json().title).toBe('Neuer Titel des Projekts');
  });

  it('never keep a record that stopped being public, and never serve signed-in readers from the cache', async () => {
    const owner = await partner(t);
    const record = await publishedRecord(t, owner, {
      contacts: [{ name: 'Externe Person', email: 'kontakt@kreis.example' }],
    });
    expect((await getRecord(t, null, record.slug)).statusCode).toBe(200);
    const signedIn = await getRecord(t, owner.member, record.slug);
    expect(signedIn.json().contacts[0].email).toBe('kontakt@kreis.example');
    expect(signedIn.json().viewer.canEdit).toBe(true);

    const admin = await createPerson(t, { platformAdmin: true });
    expect((await changeState(t, admin, record.id, 'archived')).statusCode).toBe(200);
    expect((await getRecord(t, null, record.slug)).statusCode).toBe(404);
  });

  it('count a contact request at once', async () => {
    const owner = await partner(t);
    const colleague = await createPerson(t, { organisation: owner.organisation });
    const record = await publishedRecord(t, owner, { contacts: [{ personId: colleague.id }] });
    expect((await getRecord(t, null, record.slug)).json().interestCount).toBe(0);
    const reader = await partner(t);
    const res = await t.request({
      method: 'POST',
      url: `/api/atlas/cooperations/${record.id}/interest`,
      cookie: reader.member.cookie,
      payload: { kind: 'reuse', message: 'Wir möchten das nachnutzen.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await getRecord(t, null, record.slug)).json().interestCount).toBe(1);
  });
});
