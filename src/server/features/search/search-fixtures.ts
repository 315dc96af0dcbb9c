import { expect } from 'vitest';
import type { SearchGroup, SearchGroupKind, UnifiedSearchResult } from '../../../shared/contracts/search.ts';
import { createOrganisation, createPerson, type TestOrganisation, type TestPerson } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { createAllianceAs } from '../alliances/alliance-fixtures.ts';
import { saveRecord, uniqueWord } from '../atlas/search/search-fixtures.ts';
import { addToWorkspace, ok, post } from '../chat/chat-fixtures.ts';

// Helpers for the tests of the search over everything: a small world of its own around one made-up
// word (atlas, directory and alliances are shared by every test, so each test searches its own word).

export async function searchAs(t: TestApp, person: TestPerson | null, query: string): Promise<UnifiedSearchResult> {
  const res = await t.request({ method: 'GET', url: `/api/search?${query}`, cookie: person?.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as UnifiedSearchResult;
}

export function group(result: UnifiedSearchResult, kind: SearchGroupKind): SearchGroup | undefined {
  return result.groups.find((g) => g.kind === kind);
}

/** The titles of a group's hits, best first. */
export function titles(result: UnifiedSearchResult, kind: SearchGroupKind): string[] {
  return (group(result, kind)?.hits ?? []).map((h) => h.title);
}

export interface SearchWorld {
  /** A made-up word, capitalised as a German noun, that only this world's things contain. */
  word: string;
  organisation: TestOrganisation;
  /** Owner of both workspaces, member of the organisation (a partner of the draft). */
  owner: TestPerson;
  /** A colleague added to the members-only workspace. */
  member: TestPerson;
  /** A person of another organisation, in no workspace. */
  outsider: TestPerson;
  platformAdmin: TestPerson;
  published: { id: string; slug: string };
  draft: { id: string; slug: string };
  allianceId: string;
  /** Members only: "<Word>-Kooperation Nordheide", with a message about the "<Word>haus". */
  closed: { id: string; channelId: string; messageId: string };
  /** Discoverable by everyone signed in, with a message of its own. */
  open: { id: string; channelId: string; messageId: string };
}

async function workspaceWithMessage(
  t: TestApp,
  owner: TestPerson,
  input: { name: string; description: string; organisationId: string; visibility: string; text: string },
) {
  const workspace = await ok<{ id: string }>(
    t,
    owner,
    'POST',
    '/api/workspaces',
    {
      name: input.name,
      description: input.description,
      ownerOrganisationId: input.organisationId,
      visibility: input.visibility,
    },
    201,
  );
  const channels = await ok<{ id: string; isDefault: boolean }[]>(
    t,
    owner,
    'GET',
    `/api/workspaces/${workspace.id}/channels`,
  );
  const channelId = channels.find((c) => c.isDefault)?.id as string;
  const message = await post(t, owner, channelId, input.text);
  return { id: workspace.id, channelId, messageId: message.id };
}

export async function createWorld(t: TestApp): Promise<SearchWorld> {
  const lower = uniqueWord('feuer');
  const word = lower.charAt(0).toUpperCase() + lower.slice(1);
  const organisation = await createOrganisation(t, { name: `Gemeinde ${word}stadt` });
  const owner = await createPerson(t, { organisation, role: 'admin', name: `Anna ${word}mann` });
  const member = await createPerson(t, { organisation, name: `Bernd ${word}` });
  const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
  const platformAdmin = await createPerson(t, { platformAdmin: true });
  const published = await saveRecord(t, {
    title: `${word}wehr im Amt Nordheide`,
    summary: `Drei Gemeinden teilen sich eine ${word}wehr und ein Löschfahrzeug.`,
    partnerIds: [organisation.id],
  });
  const draft = await saveRecord(
    t,
    { title: `Entwurf: gemeinsame ${word}wehr-Schule`, partnerIds: [organisation.id] },
    'draft',
  );
  const alliance = await createAllianceAs(t, owner, `${word}-Verbund Heide`);
  const closed = await workspaceWithMessage(t, owner, {
    name: `${word}-Kooperation Nordheide`,
    description: 'Gemeinsame Beschaffung der Löschfahrzeuge.',
    organisationId: organisation.id,
    visibility: 'members',
    text: `Das neue ${word}haus wird im Mai eingeweiht.`,
  });
  await addToWorkspace(t, owner, closed.id, member, 'member');
  const open = await workspaceWithMessage(t, owner, {
    name: `Übungsplatz ${word}`,
    description: `Offen für alle Kommunen, die einen Übungsplatz für die ${word}wehr suchen.`,
    organisationId: organisation.id,
    visibility: 'platform',
    text: `Termine am ${word}turm: dienstags.`,
  });
  return {
    word,
    organisation,
    owner,
    member,
    outsider,
    platformAdmin,
    published,
    draft,
    allianceId: alliance.id,
    closed,
    open,
  };
}
