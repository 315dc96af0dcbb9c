import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeopleResult, PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { publishedRecord } from '../../atlas/atlas-fixtures.ts';
import { organisations } from '../../organisations/tables.ts';
import { createdProject, type ProjectWorld, projectWorld } from '../../projects/project-fixtures.ts';
import { addExpertise, saveProfile, send } from './profile-fixtures.ts';

let t: TestApp;
let w: ProjectWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
});

const expertiseOf = (profile: PersonProfile, tagId: string) =>
  profile.details?.expertise.find((e) => e.tag.id === tagId);

describe('proofs of expertise', () => {
  it('names a project the person sees, shown only to those who see it too, and a published atlas record', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Digitaler Bauhof' });
    const { tagId } = await addExpertise(t, w.owner, `Bauhofsteuerung ${unique('b')}`);
    const url = `/api/network/profiles/me/expertise/${tagId}/proofs`;
    const added = await send(t, w.owner, 'POST', url, { kind: 'project', targetId: project.id, label: 'Leitung' });
    expect(added.statusCode, added.body).toBe(200);
    expect(expertiseOf(added.json(), tagId)?.proofs).toEqual([
      expect.objectContaining({ kind: 'project', targetId: project.id, title: 'Digitaler Bauhof', label: 'Leitung' }),
    ]);
    const record = await publishedRecord(t, { organisation: w.organisation, member: w.owner });
    const withRecord = await send(t, w.owner, 'POST', url, { kind: 'cooperation', targetId: record.id, label: '' });
    expect(withRecord.statusCode, withRecord.body).toBe(200);

    await saveProfile(t, w.owner, { visibility: 'platform' });
    const byMember = (await send(t, w.member, 'GET', `/api/network/profiles/${w.owner.id}`)).json() as PersonProfile;
    expect(expertiseOf(byMember, tagId)?.proofs.map((p) => p.kind)).toEqual(['project', 'cooperation']);
    const byOutsider = (
      await send(t, w.outsider, 'GET', `/api/network/profiles/${w.owner.id}`)
    ).json() as PersonProfile;
    expect(expertiseOf(byOutsider, tagId)?.proofs).toEqual([
      expect.objectContaining({ kind: 'cooperation', url: record.slug, title: record.title }),
    ]);
    // A project the person cannot see is refused as if it did not exist.
    const hidden = await send(t, w.outsider, 'POST', '/api/network/profiles/me/expertise', {
      name: 'Bauhof',
      level: 'expert',
    });
    const outsiderTag = (hidden.json() as PersonProfile).details?.expertise[0]?.tag.id;
    const refused = await send(t, w.outsider, 'POST', `/api/network/profiles/me/expertise/${outsiderTag}/proofs`, {
      kind: 'project',
      targetId: project.id,
      label: '',
    });
    expect(JSON.stringify(problemOf(refused, 400))).toContain('/targetId');
  });

  it('filters the finder by Kreis', async () => {
    const kreisId = newId();
    await t.deps.db.insert(organisations).values({
      id: kreisId,
      name: `Landkreis ${unique('k')}`,
      searchName: unique('landkreis'),
      type: 'kreis',
      landCode: '03',
      source: 'manual',
    });
    await t.deps.db.update(organisations).set({ kreisId }).where(eq(organisations.id, w.organisation.id));
    const word = `Kreisstrassen${unique('k').replace(/[^a-z0-9]/gi, '')}`;
    const { tagId } = await addExpertise(t, w.member, word);
    const elsewhere = await createPerson(t, { organisation: w.otherOrganisation });
    await addExpertise(t, elsewhere, word);
    await saveProfile(t, elsewhere, { visibility: 'platform' });
    const all = (await send(t, w.owner, 'GET', `/api/network/people?tag=${tagId}`)).json() as PeopleResult;
    expect(all.people.map((p) => p.id).sort()).toEqual([w.member.id, elsewhere.id].sort());
    const inKreis = (await send(t, w.owner, 'GET', `/api/network/people?tag=${tagId}&kreis=${kreisId}`)).json();
    expect(inKreis.people.map((p: { id: string }) => p.id)).toEqual([w.member.id]);
  });
});
