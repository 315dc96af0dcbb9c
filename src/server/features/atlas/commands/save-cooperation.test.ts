import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { createOrganisation, unique } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { getRecord, recordInput } from '../atlas-fixtures.ts';
import { cooperationRevisions, cooperations } from '../tables.ts';
import { saveCooperation } from './save-cooperation.ts';

const t = await buildTestApp();

async function rejection(promise: Promise<unknown>): Promise<Problem> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Problem)) throw new Error(`expected a problem, got ${String(error)}`);
  return error;
}

describe('saveCooperation (used by the routes, the import and the demo seed)', () => {
  it('imports a published, synthetic record without an author, then updates it by ID keeping its slug', async () => {
    const organisation = await createOrganisation(t);
    const externalId = unique('ext');
    const first = await t.deps.db.transaction((tx) =>
      saveCooperation(tx, recordInput([organisation.id], { externalId }), {
        authorId: null,
        action: 'imported',
        state: 'published',
        synthetic: true,
      }),
    );
    expect(first.revision).toBe(1);
    const shown = (await getRecord(t, null, first.slug)).json();
    expect(shown).toMatchObject({ state: 'published', synthetic: true, externalId, publishedAt: expect.any(String) });

    const second = await t.deps.db.transaction((tx) =>
      saveCooperation(tx, recordInput([organisation.id], { title: 'Ganz anders benannt' }), {
        authorId: null,
        existingId: first.id,
        action: 'imported',
      }),
    );
    expect(second).toEqual({ id: first.id, slug: first.slug, revision: 2 });
    const [row] = await t.deps.db.select().from(cooperations).where(eq(cooperations.id, first.id));
    expect(row).toMatchObject({ title: 'Ganz anders benannt', externalId, state: 'published', synthetic: true });
    const revisions = await t.deps.db
      .select()
      .from(cooperationRevisions)
      .where(eq(cooperationRevisions.cooperationId, first.id))
      .orderBy(cooperationRevisions.number);
    expect(revisions.map((r) => [r.number, r.action, r.authorId])).toEqual([
      [1, 'imported', null],
      [2, 'imported', null],
    ]);
  });

  it('refuses an external ID another record has (409) and an unknown record to replace (404)', async () => {
    const organisation = await createOrganisation(t);
    const externalId = unique('ext');
    const options = { authorId: null, action: 'imported' as const };
    await t.deps.db.transaction((tx) => saveCooperation(tx, recordInput([organisation.id], { externalId }), options));
    const taken = await rejection(
      t.deps.db.transaction((tx) => saveCooperation(tx, recordInput([organisation.id], { externalId }), options)),
    );
    expect([taken.status, taken.type]).toEqual([409, 'external-id-taken']);
    const missing = await rejection(
      t.deps.db.transaction((tx) =>
        saveCooperation(tx, recordInput([organisation.id]), { ...options, existingId: newId() }),
      ),
    );
    expect(missing.status).toBe(404);
  });

  it('names every field at fault at once', async () => {
    const problem = await rejection(
      t.deps.db.transaction((tx) =>
        saveCooperation(
          tx,
          recordInput([newId()], { status: 'x', legalForm: 'y', fields: ['z'], startYear: 2020, endYear: 2000 }),
          { authorId: null, action: 'imported' },
        ),
      ),
    );
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(
      ['body:/endYear', 'body:/fields/0', 'body:/legalForm', 'body:/partnerIds/0', 'body:/status'].sort(),
    );
  });
});
