import { expect } from 'vitest';
import type { Substitutions } from './bad-input-requests.ts';
import { seededUuid } from './bad-input-values.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from './factories.ts';
import type { TestApp } from './test-app.ts';

// The real things the generated bad-input test points its path parameters at, so that a request
// gets past "not found" into the handler: an organisation with its admin and a colleague, an
// alliance, a workspace with a channel, a message and an attachment, a published atlas record and
// a content page (in German, its first version number 1).

export interface BadInputWorld extends Substitutions {
  owner: TestPerson;
  colleague: TestPerson;
}

async function made<T>(t: TestApp, person: TestPerson, method: 'POST' | 'PUT', url: string, payload: unknown) {
  const response = await t.request({
    method,
    url,
    cookie: person.cookie,
    ...(typeof payload === 'string'
      ? { payload, headers: { 'content-type': 'text/plain' } }
      : { payload: payload as Record<string, unknown> }),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json() as T;
}

/** Builds the world through the API as an organisation admin; IDs nobody has come from `random`. */
export async function badInputWorld(t: TestApp, random: () => number): Promise<BadInputWorld> {
  const organisation = await createOrganisation(t);
  const owner = await createPerson(t, { organisation, role: 'admin' });
  const colleague = await createPerson(t, { organisation });
  const publisher = await createPerson(t, { platformAdmin: true });
  const alliance = await made<{ id: string }>(t, owner, 'POST', '/api/alliances', { name: `Verbund ${unique('b')}` });
  const workspace = await made<{ id: string }>(t, owner, 'POST', '/api/workspaces', {
    name: `Arbeitsraum ${unique('b')}`,
    ownerOrganisationId: organisation.id,
    visibility: 'members',
  });
  await made(t, owner, 'POST', `/api/workspaces/${workspace.id}/members`, { personId: colleague.id, role: 'member' });
  const channel = await made<{ id: string }>(t, owner, 'POST', `/api/workspaces/${workspace.id}/channels`, {
    name: `kanal-${unique('b')}`,
  });
  const message = await made<{ id: string }>(t, owner, 'POST', `/api/channels/${channel.id}/messages`, {
    text: 'Hallo',
  });
  const attachment = await made<{ id: string }>(
    t,
    owner,
    'POST',
    `/api/channels/${channel.id}/attachments?name=notiz.txt`,
    'Notiz',
  );
  const record = await made<{ id: string; slug: string }>(t, owner, 'POST', '/api/atlas/cooperations', {
    title: `Gemeinsamer Bauhof ${unique('b')}`,
    summary: 'Drei Gemeinden teilen sich Maschinen.',
    sector: '06',
    fields: ['bauhof'],
    keywords: [],
    partnerIds: [organisation.id],
    externalPartners: [],
    contacts: [],
    status: 'laufend',
    legalForm: 'zweckvereinbarung',
    awards: [],
    funding: [],
    description: '',
    currentStatus: '',
    lessonsLearned: '',
    furtherInformation: '',
    transferable: false,
    transferRequirements: '',
  });
  await made(t, publisher, 'POST', `/api/atlas/cooperations/${record.id}/state`, { state: 'published' });
  const page = await made<{ id: string }>(t, owner, 'POST', '/api/content/pages', {
    organisationId: organisation.id,
    slug: unique('seite').toLowerCase(),
    title: 'Wohnsitz anmelden',
    bodyHtml: '<p>Im Bürgerbüro.</p>',
  });

  const byCollection: Record<string, string> = {
    alliances: alliance.id,
    organisations: organisation.id,
    workspaces: workspace.id,
    channels: channel.id,
    cooperations: record.id,
    messages: message.id,
    attachments: attachment.id,
    persons: colleague.id,
    pages: page.id,
  };
  const byName: Record<string, string> = {
    personId: colleague.id,
    organisationId: organisation.id,
    domain: organisation.domain,
    slug: record.slug,
    number: '1',
    token: 'bad-input-token'.padEnd(43, 'x'),
    emoji: '👍',
    language: 'de',
  };
  const known: Record<string, unknown> = {
    organisationId: organisation.id,
    ownerOrganisationId: organisation.id,
    personId: colleague.id,
    personIds: [colleague.id],
    partnerIds: [organisation.id],
    channelId: channel.id,
    language: 'de',
    // The atlas' code lists, so that a record's other fields get past the check of the codes.
    sector: '06',
    fields: ['bauhof'],
    status: 'laufend',
    legalForm: 'zweckvereinbarung',
  };
  return {
    owner,
    colleague,
    pathValue(path, name) {
      if (name !== 'id') return byName[name] ?? seededUuid(random);
      const segments = path.split('/');
      const collection = segments[segments.indexOf('{id}') - 1] ?? '';
      return byCollection[collection] ?? seededUuid(random);
    },
    known: (name) => known[name],
  };
}
