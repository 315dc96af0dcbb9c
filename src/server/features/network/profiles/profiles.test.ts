import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { addExpertise, type ProfileWorld, profileInput, profileWorld, saveProfile, send } from './profile-fixtures.ts';

let t: TestApp;
let w: ProfileWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await profileWorld(t);
});

const profileOf = async (viewer: ProfileWorld['anna'] | null, personId: string) =>
  send(t, viewer, 'GET', `/api/network/profiles/${personId}`);

describe('my profile', () => {
  it('starts empty with visibility alliances and saves every field', async () => {
    const fresh = await send(t, w.colleague, 'GET', '/api/network/profiles/me');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({
      id: w.colleague.id,
      isMe: true,
      organisation: { id: w.home.id },
      details: { jobTitle: '', languages: [], visibility: 'alliances', expertise: [] },
    });
    const saved = await saveProfile(t, w.colleague, { jobTitle: '  Kämmerin ', languages: ['de', 'fr'] });
    expect(saved.details).toMatchObject({ jobTitle: 'Kämmerin', languages: ['de', 'fr'], phone: '+49 4105 55-0' });
    const again = (await send(t, w.colleague, 'GET', '/api/network/profiles/me')).json() as PersonProfile;
    expect(again.details?.jobTitle).toBe('Kämmerin');
  });

  it('refuses signed-out readers and writers', async () => {
    expect(problemOf(await send(t, null, 'GET', '/api/network/profiles/me'), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(problemOf(await send(t, null, 'PUT', '/api/network/profiles/me', profileInput), 401).status).toBe(401);
    expect(problemOf(await profileOf(null, w.anna.id), 401).status).toBe(401);
  });

  it('names the field of bad input', async () => {
    const base = { jobTitle: '', department: '', languages: [], phone: '', about: '', visibility: 'alliances' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, languages: ['deu'] }, '/languages/0'],
      [{ ...base, visibility: 'world' }, '/visibility'],
      [{ ...base, about: 'x'.repeat(2001) }, '/about'],
      [{ ...base, phone: '<script>' }, '/phone'],
      [{ ...base, extra: 1 }, ''],
    ];
    for (const [payload, field] of cases) {
      const problem = problemOf(await send(t, w.anna, 'PUT', '/api/network/profiles/me', payload), 400);
      expect(JSON.stringify(problem), JSON.stringify(payload).slice(0, 80)).toContain(field);
    }
    expect(problemOf(await profileOf(w.anna, 'not-a-uuid'), 400).status).toBe(400);
  });

  it('keeps hostile HTML in the about text as text', async () => {
    const about = '<img src=x onerror=alert(1)><b>fett</b>';
    const saved = await saveProfile(t, w.anna, { about });
    expect(saved.details?.about).toBe(about);
  });
});

describe('a person’s profile as each chose', () => {
  it('shows the rest to the alliance by default, only name and organisation beyond it', async () => {
    await saveProfile(t, w.allied, { visibility: 'alliances', jobTitle: 'Leitung Bauhof' });
    const seen = (await profileOf(w.anna, w.allied.id)).json() as PersonProfile;
    expect(seen).toMatchObject({ name: w.allied.name, organisation: { id: w.ally.id }, isMe: false });
    expect(seen.details?.jobTitle).toBe('Leitung Bauhof');
    const strange = (await profileOf(w.stranger, w.allied.id)).json() as PersonProfile;
    expect(strange).toMatchObject({ name: w.allied.name, organisation: { id: w.ally.id }, details: null });
    expect((await profileOf(w.loner, w.allied.id)).json().details).toBeNull();
  });

  it('keeps an organisation-only profile from the alliance', async () => {
    await saveProfile(t, w.anna, { visibility: 'organisation' });
    expect((await profileOf(w.colleague, w.anna.id)).json().details).not.toBeNull();
    expect((await profileOf(w.allied, w.anna.id)).json().details).toBeNull();
    expect((await profileOf(w.stranger, w.anna.id)).json().details).toBeNull();
    expect((await profileOf(w.anna, w.anna.id)).json().details).not.toBeNull();
  });

  it('shows a platform-wide profile to everyone signed in', async () => {
    await saveProfile(t, w.anna, { visibility: 'platform' });
    expect((await profileOf(w.stranger, w.anna.id)).json().details?.phone).toBe('+49 4105 55-0');
    expect((await profileOf(w.loner, w.anna.id)).json().details).not.toBeNull();
    await saveProfile(t, w.anna, { visibility: 'alliances' });
  });

  it('answers 404 for unknown and locked people', async () => {
    expect(problemOf(await profileOf(w.anna, '00000000-0000-4000-8000-000000000000'), 404).type).toBe(
      '/problems/not-found',
    );
    const { createPerson } = await import('../../../test/factories.ts');
    const locked = await createPerson(t, { organisation: w.home });
    const { persons } = await import('../../../platform/auth/tables.ts');
    const { eq } = await import('drizzle-orm');
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, locked.id));
    expect(problemOf(await profileOf(w.anna, locked.id), 404).status).toBe(404);
  });
});

describe('expertise and tags', () => {
  it('makes a tag from a new name and finds it again by any spelling, prefix first, typos too', async () => {
    const word = `Winterdienst${unique('w').replace(/[^a-z0-9]/gi, '')}`;
    const { tagId } = await addExpertise(t, w.anna, `${word} Tourenplanung`);
    const same = await addExpertise(t, w.colleague, `  ${word.toUpperCase()}   tourenplanung `, 'familiar');
    expect(same.tagId).toBe(tagId);
    const prefix = await send(t, w.allied, 'GET', `/api/network/tags?q=${encodeURIComponent(word.slice(0, 14))}`);
    expect(prefix.json().tags[0]).toEqual({ id: tagId, name: `${word} Tourenplanung` });
    const typo = word.slice(0, 12) + word.slice(13);
    const fuzzy = await send(t, w.allied, 'GET', `/api/network/tags?q=${encodeURIComponent(`${typo} tourenplanung`)}`);
    expect(fuzzy.json().tags.map((tag: { id: string }) => tag.id)).toContain(tagId);
    expect(problemOf(await send(t, null, 'GET', '/api/network/tags?q=win'), 401).status).toBe(401);
    expect(problemOf(await send(t, w.anna, 'GET', `/api/network/tags?q=${'x'.repeat(201)}`), 400).status).toBe(400);
  });

  it('folds umlauts so Grünpflege and Gruenpflege are one tag', async () => {
    const suffix = unique('g').replace(/[^a-z0-9]/gi, '');
    const { tagId } = await addExpertise(t, w.anna, `Grünpflege ${suffix}`);
    const again = await send(t, w.colleague, 'POST', '/api/network/profiles/me/expertise', {
      name: `Gruenpflege ${suffix}`,
      level: 'expert',
    });
    expect(again.json().details.expertise.map((e: { tag: { id: string } }) => e.tag.id)).toContain(tagId);
  });

  it('changes the level, removes an expertise, and refuses unknown tags and bad input', async () => {
    const { tagId } = await addExpertise(t, w.colleague, `Friedhofswesen ${unique('f')}`, 'familiar');
    const changed = await send(t, w.colleague, 'PUT', `/api/network/profiles/me/expertise/${tagId}`, {
      level: 'expert',
    });
    expect(changed.json().details.expertise.find((e: { tag: { id: string } }) => e.tag.id === tagId).level).toBe(
      'expert',
    );
    expect((await send(t, w.colleague, 'DELETE', `/api/network/profiles/me/expertise/${tagId}`)).statusCode).toBe(204);
    expect(
      problemOf(await send(t, w.colleague, 'DELETE', `/api/network/profiles/me/expertise/${tagId}`), 404).status,
    ).toBe(404);
    expect(
      problemOf(
        await send(t, w.colleague, 'PUT', `/api/network/profiles/me/expertise/${tagId}`, { level: 'expert' }),
        404,
      ).status,
    ).toBe(404);
    const unknownTag = await send(t, w.colleague, 'POST', '/api/network/profiles/me/expertise', {
      tagId: '00000000-0000-4000-8000-000000000000',
      level: 'expert',
    });
    expect(problemOf(unknownTag, 404).status).toBe(404);
    const both = await send(t, w.colleague, 'POST', '/api/network/profiles/me/expertise', {
      tagId,
      name: 'x',
      level: 'expert',
    });
    expect(JSON.stringify(problemOf(both, 400))).toContain('/name');
    const badLevel = await send(t, w.colleague, 'POST', '/api/network/profiles/me/expertise', {
      name: 'x',
      level: 'guru',
    });
    expect(JSON.stringify(problemOf(badLevel, 400))).toContain('/level');
    const empty = await send(t, w.colleague, 'POST', '/api/network/profiles/me/expertise', {
      name: '--',
      level: 'expert',
    });
    expect(JSON.stringify(problemOf(empty, 400))).toContain('/name');
    expect(
      problemOf(await send(t, null, 'POST', '/api/network/profiles/me/expertise', { name: 'x', level: 'expert' }), 401)
        .status,
    ).toBe(401);
  });

  it('takes https proofs with labels as text, refuses javascript: links and unseen projects', async () => {
    const { tagId } = await addExpertise(t, w.anna, `E-Rechnung ${unique('e')}`);
    const url = `/api/network/profiles/me/expertise/${tagId}/proofs`;
    const label = '<script>alert(1)</script> Leitfaden';
    const added = await send(t, w.anna, 'POST', url, { kind: 'link', url: 'https://example.org/leitfaden', label });
    expect(added.statusCode, added.body).toBe(200);
    const proof = added.json().details.expertise.find((e: { tag: { id: string } }) => e.tag.id === tagId).proofs[0];
    expect(proof).toMatchObject({ kind: 'link', url: 'https://example.org/leitfaden', label });
    for (const bad of ['javascript:alert(1)', 'http://example.org', 'data:text/html,x', 'nicht eine adresse']) {
      const refused = await send(t, w.anna, 'POST', url, { kind: 'link', url: bad, label: '' });
      expect(JSON.stringify(problemOf(refused, 400))).toContain('/url');
    }
    const project = await send(t, w.anna, 'POST', url, {
      kind: 'project',
      targetId: '00000000-0000-4000-8000-000000000000',
      label: '',
    });
    expect(JSON.stringify(problemOf(project, 400))).toContain('/targetId');
    const record = await send(t, w.anna, 'POST', url, {
      kind: 'cooperation',
      targetId: '00000000-0000-4000-8000-000000000000',
      label: '',
    });
    expect(JSON.stringify(problemOf(record, 400))).toContain('/targetId');
    const others = await send(t, w.colleague, 'POST', url, { kind: 'link', url: 'https://example.org', label: '' });
    expect(problemOf(others, 404).status).toBe(404);
    expect(problemOf(await send(t, w.colleague, 'DELETE', `${url}/${proof.id}`), 404).status).toBe(404);
    expect((await send(t, w.anna, 'DELETE', `${url}/${proof.id}`)).statusCode).toBe(204);
  });
});
