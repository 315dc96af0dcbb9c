import { expect } from 'vitest';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { allianceWithTwoMembers, invite, organisationWithAdmin } from '../../alliances/alliance-fixtures.ts';
import { addMember, createWorkspace } from '../../workspaces/workspace-fixtures.ts';
import { createdProject, createdTask, dayFromToday, send } from '../project-fixtures.ts';

// An alliance of two municipalities (A founded it, B joined; C is only invited) with their people,
// and projects in four workspaces as people would make them through the API:
// - "shared", owned by the alliance: A's admin owns it; A's and B's members work in it; a guest of
//   another organisation is added to one project's channel only. Its projects: Vernetzte Mobilität
//   (a milestone 10 days after the baseline: amber), Smart Health (three overdue tasks: red),
//   Bürgerportal (the guest's, green).
// - "ownA", A's: New Work (green, with a milestone) and Altes Projekt (done: no colour).
// - "ownB", B's, where only B's people are: Glasfaser (A is a partner), with a milestone.
// - "elsewhere", C's: outside the alliance's portfolio.

export async function portfolioWorld(t: TestApp) {
  const { alliance, founder: a, joined: b } = await allianceWithTwoMembers(t);
  const invited = await organisationWithAdmin(t);
  expect((await invite(t, a.admin, alliance.id, invited.organisation.id)).statusCode).toBe(201);
  const aMember = await createPerson(t, { organisation: a.organisation });
  const bMember = await createPerson(t, { organisation: b.organisation });
  const outsiderOrganisation = await createOrganisation(t);
  const outsider = await createPerson(t, { organisation: outsiderOrganisation });
  const guest = await createPerson(t, { organisation: outsiderOrganisation });

  const shared = await createWorkspace(t, a.admin, { ownerAllianceId: alliance.id, name: `Verbund ${unique('w')}` });
  const ownA = await createWorkspace(t, a.admin, { ownerOrganisationId: a.organisation.id });
  const ownB = await createWorkspace(t, b.admin, { ownerOrganisationId: b.organisation.id });
  const elsewhere = await createWorkspace(t, invited.admin, { ownerOrganisationId: invited.organisation.id });
  await addMember(t, a.admin, shared.id, aMember, 'member');
  await addMember(t, a.admin, shared.id, bMember, 'member');
  await addMember(t, a.admin, shared.id, guest, 'guest');
  await addMember(t, a.admin, ownA.id, aMember, 'member');
  await addMember(t, b.admin, ownB.id, bMember, 'member');

  const mobility = await createdProject(t, a.admin, shared.id, {
    name: 'Vernetzte Mobilität',
    leadPersonId: aMember.id,
    leadOrganisationId: a.organisation.id,
    partnerIds: [b.organisation.id],
    endDate: dayFromToday(300),
  });
  const tender = await send(t, aMember, 'POST', `/api/projects/${mobility.id}/milestones`, {
    name: 'Ausschreibung',
    date: dayFromToday(20),
  });
  expect(tender.statusCode, tender.body).toBe(201);
  const tenderId = (tender.json().milestones as { id: string }[])[0]?.id as string;
  expect(
    (await send(t, a.admin, 'POST', `/api/projects/${mobility.id}/baselines`, { name: 'Plan v2' })).statusCode,
  ).toBe(201);
  const moved = await send(t, aMember, 'PATCH', `/api/milestones/${tenderId}`, { date: dayFromToday(30) });
  expect(moved.statusCode, moved.body).toBe(200);

  const health = await createdProject(t, a.admin, shared.id, {
    name: 'Smart Health',
    leadOrganisationId: a.organisation.id,
    endDate: dayFromToday(100),
  });
  for (const title of ['Bedarf erheben', 'Praxen befragen', 'Förderantrag']) {
    await createdTask(t, a.admin, health.id, { title, dueDate: dayFromToday(-3) });
  }

  const channel = await send(t, a.admin, 'POST', `/api/workspaces/${shared.id}/channels`, {
    name: `buergerportal-${Date.now()}`,
    closed: true,
  });
  expect(channel.statusCode, channel.body).toBe(201);
  const portal = await createdProject(t, a.admin, shared.id, {
    name: 'Bürgerportal',
    leadOrganisationId: a.organisation.id,
    channelId: channel.json().id,
  });
  const added = await send(t, a.admin, 'POST', `/api/channels/${channel.json().id}/members`, { personId: guest.id });
  expect(added.statusCode, added.body).toBe(204);

  const work = await createdProject(t, aMember, ownA.id, { name: 'New Work', endDate: dayFromToday(60) });
  const desk = await send(t, aMember, 'POST', `/api/projects/${work.id}/milestones`, {
    name: '=SUMME(1;2)',
    date: dayFromToday(40),
  });
  expect(desk.statusCode, desk.body).toBe(201);
  const closed = await createdProject(t, a.admin, ownA.id, { name: 'Altes Projekt', status: 'done' });

  const fibre = await createdProject(t, b.admin, ownB.id, {
    name: 'Glasfaser',
    partnerIds: [a.organisation.id],
    endDate: dayFromToday(500),
  });
  const dig = await send(t, b.admin, 'POST', `/api/projects/${fibre.id}/milestones`, {
    name: 'Tiefbau',
    date: dayFromToday(10),
  });
  expect(dig.statusCode, dig.body).toBe(201);
  const remote = await createdProject(t, invited.admin, elsewhere.id, { name: 'Außerhalb' });

  return {
    alliance,
    a,
    b,
    invited,
    aMember,
    bMember,
    outsider,
    guest,
    workspaces: { shared, ownA, ownB, elsewhere },
    projects: { mobility, health, portal, work, closed, fibre, remote },
  };
}

export type PortfolioWorld = Awaited<ReturnType<typeof portfolioWorld>>;
