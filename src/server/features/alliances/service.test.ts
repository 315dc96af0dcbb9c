import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { detail, memberIds } from './alliance-fixtures.ts';
import { alliancesOfOrganisation } from './of-organisation.ts';
import { addMember, createAlliance } from './service.ts';

const t = await buildTestApp();

describe('createAlliance and addMember (used by the demo seeder)', () => {
  it('found an alliance and add members in one transaction', async () => {
    const founder = await createOrganisation(t);
    const second = await createOrganisation(t, { type: 'landkreis' });
    const person = await createPerson(t, { organisation: founder, role: 'admin' });
    const name = `IT-Kooperation Dresden–Leipzig ${unique()}`;
    const alliance = await t.deps.db.transaction(async (tx) => {
      const created = await createAlliance(tx, { name, organisationId: founder.id, createdBy: person.id });
      await addMember(tx, created.id, second.id);
      await addMember(tx, created.id, second.id);
      return created;
    });
    expect(alliance.slug.startsWith('it-kooperation-dresden-leipzig-')).toBe(true);
    expect(memberIds(await detail(t, alliance.id)).sort()).toEqual([founder.id, second.id].sort());
    expect(await alliancesOfOrganisation(t.deps.db, second.id)).toEqual([
      { id: alliance.id, name, slug: alliance.slug },
    ]);
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const founder = await createOrganisation(t);
    const person = await createPerson(t, { organisation: founder, role: 'admin' });
    await expect(
      t.deps.db.transaction(async (tx) => {
        await createAlliance(tx, { name: `Verbund ${unique()}`, organisationId: founder.id, createdBy: person.id });
        throw new Error('seeding failed');
      }),
    ).rejects.toThrow('seeding failed');
    expect(await alliancesOfOrganisation(t.deps.db, founder.id)).toEqual([]);
  });
});
