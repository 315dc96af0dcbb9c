import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { uniqueWord } from '../atlas/search/search-fixtures.ts';
import { addToWorkspace, ok, post } from '../chat/chat-fixtures.ts';
import { createWorld, group, type SearchWorld, searchAs, titles } from './search-fixtures.ts';

let t: TestApp;
let w: SearchWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await createWorld(t);
});

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

describe('GET /api/search: every group, for a member', () => {
  it('finds atlas records, organisations, alliances, workspaces, messages and people, each with a total and links', async () => {
    const result = await searchAs(t, w.owner, q(w.word));
    expect(result.q).toBe(w.word);
    expect(result.groups.map((g) => g.kind)).toEqual([
      'atlas',
      'organisations',
      'alliances',
      'content',
      'workspaces',
      'messages',
      'documents',
      'questions',
      'wiki',
      'offers',
      'people',
    ]);
    expect(result.signInFor).toEqual([]);

    const atlas = group(result, 'atlas');
    // The partner sees the draft of their organisation too; whole-word matches rank first.
    expect(atlas?.total).toBe(2);
    expect(atlas?.hits.map((h) => [h.title, h.state])).toEqual([
      [`${w.word}wehr im Amt Nordheide`, 'published'],
      [`Entwurf: gemeinsame ${w.word}wehr-Schule`, 'draft'],
    ]);
    expect(atlas?.hits[0]).toMatchObject({
      href: `/atlas/${w.published.slug}`,
      titleHtml: `<mark>${w.word}wehr</mark> im Amt Nordheide`,
      names: [w.organisation.name],
    });
    expect(atlas?.hits[0]?.snippetHtml).toContain(`<mark>${w.word}wehr</mark>`);
    expect(atlas?.showAllHref).toBe(`/atlas?q=${w.word}`);

    expect(group(result, 'organisations')).toMatchObject({
      total: 1,
      hits: [{ id: w.organisation.id, href: `/organisations/${w.organisation.id}`, title: w.organisation.name }],
      showAllHref: `/organisations?q=${w.word}`,
    });
    expect(group(result, 'organisations')?.hits[0]?.titleHtml).toBe(`Gemeinde <mark>${w.word}stadt</mark>`);

    expect(group(result, 'alliances')).toMatchObject({
      total: 1,
      hits: [{ id: w.allianceId, title: `${w.word}-Verbund Heide`, memberCount: 1 }],
      showAllHref: `/search?q=${w.word}&group=alliances`,
    });

    const workspaces = group(result, 'workspaces');
    expect(workspaces?.total).toBe(2);
    expect(workspaces?.hits.map((h) => [h.title, h.role])).toEqual([
      [`${w.word}-Kooperation Nordheide`, 'owner'],
      [`Übungsplatz ${w.word}`, 'owner'],
    ]);
    expect(workspaces?.hits[0]).toMatchObject({ href: `/workspaces/${w.closed.id}`, memberCount: 2 });
    expect(workspaces?.hits[0]?.titleHtml).toBe(`<mark>${w.word}</mark>-Kooperation Nordheide`);

    // "Feuer…" finds "Feuer…haus" and "Feuer…turm" in messages: the word as a prefix of a compound.
    const messages = group(result, 'messages');
    expect(messages?.total).toBe(2);
    expect(messages?.hits.map((h) => h.id).sort()).toEqual([w.closed.messageId, w.open.messageId].sort());
    const closedHit = messages?.hits.find((h) => h.id === w.closed.messageId);
    expect(closedHit).toMatchObject({
      href: `/chat/${w.closed.channelId}?message=${w.closed.messageId}`,
      channelName: 'allgemein',
      channelKind: 'channel',
      workspaceName: `${w.word}-Kooperation Nordheide`,
      authorName: w.owner.name,
    });
    expect(closedHit?.snippetHtml).toContain(`<mark>${w.word}haus</mark>`);

    expect(titles(result, 'people').sort()).toEqual([w.owner.name, w.member.name].sort());
    expect(group(result, 'people')?.hits.find((h) => h.id === w.owner.id)).toMatchObject({
      href: `/organisations/${w.organisation.id}`,
      titleHtml: `Anna <mark>${w.word}mann</mark>`,
      names: [w.organisation.name],
    });
  });

  it('shows one group alone with more hits, and limits each group', async () => {
    const one = await searchAs(t, w.owner, q(w.word, '&group=workspaces&limit=1'));
    expect(one.groups.map((g) => g.kind)).toEqual(['workspaces']);
    expect(one.groups[0]?.total).toBe(2);
    expect(one.groups[0]?.hits).toHaveLength(1);
    const all = await searchAs(t, w.owner, q(w.word, '&limit=1'));
    for (const g of all.groups) expect(g.hits.length, g.kind).toBeLessThanOrEqual(1);
  });

  it('answers with empty groups, not an error, when nothing matches', async () => {
    const result = await searchAs(t, w.owner, q(uniqueWord('zz')));
    expect(result.groups.every((g) => g.total === 0 && g.hits.length === 0)).toBe(true);
  });
});

describe('GET /api/search: the German search', () => {
  it('finds other forms, ae/oe/ue spellings and compounds in every group that has text', async () => {
    // "Kooperationen" finds "Kooperation" (stem); "Uebungsplatz" finds "Übungsplatz" (folding).
    expect(titles(await searchAs(t, w.owner, q(`Kooperationen ${w.word}`)), 'workspaces')).toEqual([
      `${w.word}-Kooperation Nordheide`,
    ]);
    expect(titles(await searchAs(t, w.owner, q(`Uebungsplatz ${w.word}`)), 'workspaces')).toEqual([
      `Übungsplatz ${w.word}`,
    ]);
    // The description counts too ("Löschfahrzeuge" written as "Loeschfahrzeug").
    expect(titles(await searchAs(t, w.owner, q(`Loeschfahrzeug ${w.word}`)), 'workspaces')).toEqual([
      `${w.word}-Kooperation Nordheide`,
    ]);
    // Atlas: "Löschfahrzeug" in the summary, written with "oe".
    expect(titles(await searchAs(t, null, q(`Loeschfahrzeug ${w.word}wehr`)), 'atlas')).toEqual([
      `${w.word}wehr im Amt Nordheide`,
    ]);
    // Two words of a message, one of them whole.
    const twoWords = group(await searchAs(t, w.owner, q(`${w.word}haus eingeweiht`)), 'messages');
    expect(twoWords?.hits.map((h) => h.id)).toEqual([w.closed.messageId]);
    expect(twoWords?.hits[0]?.snippetHtml).toContain(`<mark>${w.word}haus</mark> wird im Mai <mark>eingeweiht</mark>`);
  });

  it('finds a message by a word written with ae/oe/ue that is no umlaut (Michael, Raphael)', async () => {
    const message = await post(t, w.owner, w.closed.channelId, `Rückruf von Raphael ${w.word}sen erbeten.`);
    const found = group(await searchAs(t, w.owner, q(`Raphael ${w.word}sen`)), 'messages');
    expect(found?.hits.map((h) => h.id)).toEqual([message.id]);
    expect(found?.hits[0]?.snippetHtml).toContain('<mark>Raphael</mark>');
  });

  it('tolerates a typo in names of workspaces and alliances, and suggests the word the atlas knows', async () => {
    const typo = `${w.word.slice(0, -2)}${w.word.slice(-1)}${w.word.slice(-2, -1)}-Verbund`;
    expect(titles(await searchAs(t, w.owner, q(typo)), 'alliances')).toEqual([`${w.word}-Verbund Heide`]);
    const misspelt = `${w.word}wher`;
    const result = await searchAs(t, null, q(misspelt));
    expect(result.suggestion).toBe(`${w.word}wehr`);
  });

  it('ignores stop words and answers nothing for a query of punctuation only', async () => {
    expect(titles(await searchAs(t, w.owner, q(`die ${w.word}-Kooperation`)), 'workspaces')).toEqual([
      `${w.word}-Kooperation Nordheide`,
    ]);
    const none = await searchAs(t, w.owner, q('?!…'));
    expect(none.groups.every((g) => g.total === 0)).toBe(true);
  });
});

describe('GET /api/search: from the other side of each wall', () => {
  it('signed out: published records, organisations, alliances and content pages only; people, workspaces and messages need a sign-in', async () => {
    const res = await t.request({ method: 'GET', url: `/api/search?${q(w.word)}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const result = res.json();
    expect(result.groups.map((g: { kind: string }) => g.kind)).toEqual([
      'atlas',
      'organisations',
      'alliances',
      'content',
    ]);
    expect(result.signInFor).toEqual(['workspaces', 'messages', 'documents', 'questions', 'wiki', 'offers', 'people']);
    expect(titles(result, 'atlas')).toEqual([`${w.word}wehr im Amt Nordheide`]);
    expect(group(result, 'atlas')?.total).toBe(1);
    expect(JSON.stringify(result)).not.toContain('Entwurf');
    expect(JSON.stringify(result)).not.toContain('Kooperation Nordheide');
    // Asking for a signed-in group alone gives no group at all.
    const people = await searchAs(t, null, q(w.word, '&group=people'));
    expect(people.groups).toEqual([]);
    expect(people.signInFor).toEqual(['people']);
  });

  it('a person of another organisation: no draft, no members-only workspace, no messages of workspaces they are not in', async () => {
    const result = await searchAs(t, w.outsider, q(w.word));
    expect(titles(result, 'atlas')).toEqual([`${w.word}wehr im Amt Nordheide`]);
    // The platform-wide workspace is discoverable; its messages are for its members.
    expect(titles(result, 'workspaces')).toEqual([`Übungsplatz ${w.word}`]);
    expect(group(result, 'workspaces')?.hits[0]?.role).toBeNull();
    expect(group(result, 'messages')).toMatchObject({ total: 0, hits: [] });
    expect(titles(result, 'people')).toHaveLength(2);
  });

  it('a person whose membership is still pending is not yet a partner: no draft', async () => {
    const pending = await createPerson(t, { organisation: w.organisation, pending: true });
    const result = await searchAs(t, pending, q(w.word));
    expect(group(result, 'atlas')?.total).toBe(1);
    expect(titles(result, 'workspaces')).toEqual([`Übungsplatz ${w.word}`]);
  });

  it('a platform admin sees drafts but not the messages or members-only workspaces of others', async () => {
    const result = await searchAs(t, w.platformAdmin, q(w.word));
    expect(group(result, 'atlas')?.total).toBe(2);
    expect(titles(result, 'workspaces')).toEqual([`Übungsplatz ${w.word}`]);
    expect(group(result, 'messages')?.total).toBe(0);
  });

  it('a colleague sees workspaces open to the owner’s people without being a member, but not their messages', async () => {
    await ok(
      t,
      w.owner,
      'POST',
      '/api/workspaces',
      { name: `Bauhof ${w.word}`, ownerOrganisationId: w.organisation.id, visibility: 'owner' },
      201,
    );
    const colleague = await createPerson(t, { organisation: w.organisation });
    expect(titles(await searchAs(t, colleague, q(`Bauhof ${w.word}`)), 'workspaces')).toEqual([`Bauhof ${w.word}`]);
    expect(titles(await searchAs(t, w.outsider, q(`Bauhof ${w.word}`)), 'workspaces')).toEqual([]);
    expect(group(await searchAs(t, colleague, q(w.word)), 'messages')?.total).toBe(0);
  });

  it('a member reads the workspace’s messages; once removed, neither the messages nor the workspace', async () => {
    const person = await createPerson(t, { organisation: w.organisation });
    await addToWorkspace(t, w.owner, w.closed.id, person, 'member');
    const before = await searchAs(t, person, q(w.word));
    expect(titles(before, 'workspaces')).toContain(`${w.word}-Kooperation Nordheide`);
    expect(group(before, 'messages')?.hits.map((h) => h.id)).toContain(w.closed.messageId);

    await ok(t, w.owner, 'DELETE', `/api/workspaces/${w.closed.id}/members/${person.id}`, undefined, 204);
    const after = await searchAs(t, person, q(w.word));
    expect(titles(after, 'workspaces')).not.toContain(`${w.word}-Kooperation Nordheide`);
    expect(group(after, 'messages')?.hits.map((h) => h.id)).not.toContain(w.closed.messageId);
  });

  it('a guest does not find messages of channels they were not added to', async () => {
    const guest = await createPerson(t, { organisation: await createOrganisation(t) });
    await addToWorkspace(t, w.owner, w.closed.id, guest, 'guest');
    const result = await searchAs(t, guest, q(w.word));
    expect(titles(result, 'workspaces')).toContain(`${w.word}-Kooperation Nordheide`);
    expect(group(result, 'messages')?.hits.map((h) => h.id)).not.toContain(w.closed.messageId);
  });
});

describe('GET /api/search: bad input', () => {
  it.each([
    ['no q', ''],
    ['empty q', 'q='],
    ['blank q', 'q=%20%20%20'],
    ['too long q', `q=${'a'.repeat(201)}`],
    ['NUL in q', 'q=Feuer%00wehr'],
    ['limit 0', 'q=Feuerwehr&limit=0'],
    ['limit too high', 'q=Feuerwehr&limit=51'],
    ['limit not a number', 'q=Feuerwehr&limit=viele'],
    ['unknown group', 'q=Feuerwehr&group=dokumente'],
  ])('%s → 400 problem+json', async (_name, query) => {
    for (const person of [null, w.owner]) {
      const res = await t.request({ method: 'GET', url: `/api/search?${query}`, cookie: person?.cookie });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors?.[0]?.field).toMatch(/^querystring/);
    }
  });
});
