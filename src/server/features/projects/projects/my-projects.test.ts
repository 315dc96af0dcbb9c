import { beforeAll, describe, expect, it } from 'vitest';
import type { MyProjects } from '../../../../shared/contracts/projects.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { type PortfolioWorld, portfolioWorld } from '../portfolio/portfolio-fixtures.ts';
import { send } from '../project-fixtures.ts';

let t: TestApp;
let w: PortfolioWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await portfolioWorld(t);
});

async function namesOf(person: TestPerson): Promise<string[]> {
  const res = await send(t, person, 'GET', '/api/me/projects');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as MyProjects).projects.map((p) => `${p.workspace.name} / ${p.name}`);
}

describe('GET /api/me/projects', () => {
  it('lists the projects of every workspace I belong to, by workspace and name', async () => {
    const shared = w.workspaces.shared.name;
    const own = w.workspaces.ownA.name;
    const names = await namesOf(w.aMember);
    expect(names).toEqual(
      [
        `${shared} / Bürgerportal`,
        `${shared} / Smart Health`,
        `${shared} / Vernetzte Mobilität`,
        `${own} / Altes Projekt`,
        `${own} / New Work`,
      ].sort((a, b) => a.localeCompare(b, 'de')),
    );
  });

  it('shows a guest only the projects of channels they read, and outsiders nothing of others', async () => {
    expect(await namesOf(w.guest)).toEqual([`${w.workspaces.shared.name} / Bürgerportal`]);
    expect(await namesOf(w.outsider)).toEqual([]);
    expect(await namesOf(w.bMember)).not.toContain(`${w.workspaces.ownA.name} / New Work`);
    expect(problemOf(await send(t, null, 'GET', '/api/me/projects'), 401).type).toBe('/problems/unauthenticated');
  });
});
