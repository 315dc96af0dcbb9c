import { describe, expect, it } from 'vitest';
import type { Cooperation, FieldChange, RevisionDetail } from '../../../../shared/contracts/atlas.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { partner, publishedRecord, recordInput, replaceRecord } from '../atlas-fixtures.ts';

const t = await buildTestApp();

function get(person: TestPerson | null, url: string) {
  return t.request({ method: 'GET', url: `/api/atlas/cooperations/${url}`, cookie: person?.cookie });
}

describe('the history of a published record and its contacts', () => {
  it('keeps contacts’ e-mail and phone from signed-out readers, as the record page does', async () => {
    const owner = await partner(t);
    const reader = await partner(t);
    const published = await publishedRecord(t, owner);
    const contact = { name: 'Erika Muster', role: 'Leitung Bauhof', email: 'neu@bauhof.example', phone: '0123 456' };
    const edited = await replaceRecord(
      t,
      owner.member,
      published,
      recordInput([owner.organisation.id], { title: published.title, contacts: [contact] }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const record = edited.json() as Cooperation;
    const last = record.revision;

    const outside = (await get(null, `${record.id}/revisions/${last}`)).json() as RevisionDetail;
    expect(outside.snapshot.contacts).toEqual([
      expect.objectContaining({ name: 'Erika Muster', email: null, phone: null }),
    ]);
    const inside = (await get(reader.member, `${record.id}/revisions/${last}`)).json() as RevisionDetail;
    expect(inside.snapshot.contacts).toEqual([
      expect.objectContaining({ email: 'neu@bauhof.example', phone: '0123 456' }),
    ]);

    // Only the e-mail address changed: signed out, the diff does not mention the contacts at all.
    const diff = (url: string, person: TestPerson | null) =>
      get(person, url).then((res) => (res.json() as { changes: FieldChange[] }).changes.map((c) => c.field));
    const url = `${record.id}/diff?from=${last - 1}&to=${last}`;
    expect(await diff(url, reader.member)).toContain('contacts');
    expect(await diff(url, null)).not.toContain('contacts');
    const body = (await get(null, url)).body;
    expect(body).not.toContain('bauhof.example');
  });
});
