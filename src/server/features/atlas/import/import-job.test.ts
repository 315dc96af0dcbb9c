import { eq, like, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueueJob, findJob } from '../../../platform/jobs/job-queries.ts';
import { createJobRunner, type JobContext, type JobRunner } from '../../../platform/jobs/job-runner.ts';
import { jobs } from '../../../platform/jobs/tables.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';
import { atlasImportWrites, atlasTerms, cooperationRevisions, cooperations } from '../tables.ts';
import {
  auditOf,
  check,
  confirm,
  confirmed,
  csvOf,
  jobEnded,
  platformAdmin,
  recordsTagged,
  tag,
  validRow,
} from './import-fixtures.ts';
import { importJob } from './import-job.ts';
import { claimImport } from './import-queries.ts';

const t = await buildTestApp();
const log = { error: () => {}, warn: () => {} };
const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

/**
 * Confirms like the route does, but as a job of a kind only this test's runner handles, so the test
 * decides when and how it runs (no other app's runner on the same database takes it).
 */
async function confirmForOwnRunner(admin: TestPerson, importId: string, total: number) {
  const kind = unique('atlas.import.test');
  await t.deps.db.transaction(async (tx) => {
    expect(await claimImport(tx, importId)).toBe(true);
    await enqueueJob(tx, { id: importId, kind, payload: { ip: '127.0.0.1' }, total, createdBy: admin.id });
  });
  return kind;
}

/** The import's handler, with each step's progress noted and, optionally, something done after a step. */
function watched(dones: number[], afterStep?: (count: number) => void) {
  const handler = importJob(t.deps);
  return (context: JobContext) =>
    handler({
      ...context,
      step: (async (work, progress) => {
        const value = await context.step(work, (result) => {
          const reached = typeof progress === 'function' ? progress(result) : progress;
          dones.push(reached.done);
          return reached;
        });
        afterStep?.(dones.length);
        return value;
      }) as JobContext['step'],
    });
}

function runner(kind: string, handler: (context: JobContext) => Promise<void>, orphansAtStart = false) {
  const created = createJobRunner(t.deps.db, { log, pollMs: 50, orphansAtStart });
  created.handle(kind, handler);
  runners.push(created);
  created.start();
  return created;
}

async function readAs(id: string, cookie?: string) {
  return t.request({ method: 'GET', url: `/api/atlas/imports/${id}`, ...(cookie ? { cookie } : {}) });
}

describe('the import job', () => {
  it('shows its progress and result to the importer and platform admins, 404 to everyone else', async () => {
    const admin = await platformAdmin(t);
    const rows = Array.from({ length: 25 }, () => validRow(tag()));
    const report = await check(t, admin, 'csv', csvOf(rows));
    expect(report.job).toBeNull();
    const before = await t.request({ method: 'GET', url: `/api/atlas/imports/${report.id}/job`, cookie: admin.cookie });
    expect(problemOf(before, 404).type).toBe('/problems/not-found');
    const res = await confirm(t, admin, report.id);
    expect(res.statusCode).toBe(202);

    const seen = new Set<string>();
    let last = -1;
    for (;;) {
      const job = (await readAs(report.id, admin.cookie)).json().job;
      seen.add(job.state);
      expect(job.done).toBeGreaterThanOrEqual(last);
      last = job.done;
      if (job.state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen.has('done')).toBe(true);
    const final = (await readAs(report.id, admin.cookie)).json();
    expect(final.job).toEqual({
      id: report.id,
      state: 'done',
      done: 25,
      total: 25,
      result: { id: report.id, created: 25, updated: 0 },
      failure: null,
    });
    expect(await auditOf(t, report.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, details: { format: 'csv', rows: 25, created: 25, updated: 0 } }),
    ]);

    const jobAlone = await t.request({
      method: 'GET',
      url: `/api/atlas/imports/${report.id}/job`,
      cookie: admin.cookie,
    });
    expect(jobAlone.json()).toEqual(final.job);

    const otherAdmin = await platformAdmin(t);
    expect((await readAs(report.id, otherAdmin.cookie)).json().job).toMatchObject({ state: 'done' });
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const member = await createPerson(t, { organisation });
    for (const url of [`/api/atlas/imports/${report.id}`, `/api/atlas/imports/${report.id}/job`]) {
      for (const outsider of [orgAdmin, member]) {
        expect(problemOf(await t.request({ method: 'GET', url, cookie: outsider.cookie }), 404).type).toBe(
          '/problems/not-found',
        );
      }
      expect(problemOf(await t.request({ method: 'GET', url }), 401).type).toBe('/problems/unauthenticated');
    }
  });

  it('takes back everything it wrote when a later row fails, and says so', async () => {
    const admin = await platformAdmin(t);
    const word = `vorher${unique('').replace(/[^a-z0-9]/g, '')}`;
    const added = `importwort${unique('').replace(/[^a-z0-9]/g, '')}`;
    const e = tag();
    const existing = await confirmed(
      t,
      admin,
      (await check(t, admin, 'csv', csvOf([validRow(e, { summary: `Ursprünglich ${word}` })]))).id,
    );
    expect(existing.result).toMatchObject({ created: 1 });
    const before = (
      await t.request({ method: 'GET', url: `/api/atlas/cooperations/${e}`, cookie: admin.cookie })
    ).json();

    const fresh = Array.from({ length: 31 }, () => tag());
    // The update comes early, in the first chunk, which commits before the failure.
    const rows = [
      ...fresh.slice(0, 2).map((a) => validRow(a, { summary: `Neu ${added}` })),
      validRow(e, { summary: `Geändert ${added}`, partners: '03353' }),
      ...fresh.slice(2).map((a) => validRow(a, { summary: `Neu ${added}` })),
    ];
    const report = await check(t, admin, 'csv', csvOf(rows));
    expect(report).toMatchObject({ valid: true, counts: { create: 31, update: 1 } });
    const kind = await confirmForOwnRunner(admin, report.id, rows.length);
    // Someone saves a record with the last row's slug after the check: that row can no longer be written.
    const last = fresh[30] as string;
    const shown = (
      await t.request({ method: 'GET', url: `/api/atlas/cooperations/${e}`, cookie: admin.cookie })
    ).json();
    await t.deps.db.transaction((tx) =>
      saveCooperation(
        tx,
        { ...validInput(shown), title: `Zuvorgekommen ${last}`, slug: last, externalId: null },
        { authorId: admin.id, action: 'created' },
      ),
    );

    const dones: number[] = [];
    runner(kind, watched(dones));
    const job = await jobEnded(t, admin, report.id);
    expect(job).toMatchObject({
      state: 'failed',
      done: 0,
      total: 32,
      result: null,
      failure: {
        type: 'import-outdated',
        title: 'The atlas changed since the file was checked; upload it again',
        detail: expect.stringMatching(/^Row 33 /),
        kept: [],
      },
    });
    // Chunks were written before the failing one (the first, with the update of row 4, has ten rows;
    // the next ones are sized by how long a chunk took, so on a loaded machine they may be smaller) …
    expect(dones[0]).toBe(10);
    expect(dones.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...dones)).toBeGreaterThan(10);
    // … and are all gone again: no created record, the updated one as it was, its words as they were.
    for (const a of fresh.slice(0, 30)) expect(await recordsTagged(t, a)).toEqual([]);
    const after = (
      await t.request({ method: 'GET', url: `/api/atlas/cooperations/${e}`, cookie: admin.cookie })
    ).json();
    expect(after).toEqual(before);
    const revisions = await t.deps.db
      .select()
      .from(cooperationRevisions)
      .where(eq(cooperationRevisions.cooperationId, before.id));
    expect(revisions.map((r) => r.number)).toEqual([1]);
    const [indexed] = await t.deps.db
      .select({ terms: cooperations.indexedTerms })
      .from(cooperations)
      .where(eq(cooperations.id, before.id));
    expect(indexed?.terms).toContain(word);
    expect(indexed?.terms).not.toContain(added);
    expect(
      await t.deps.db
        .select()
        .from(atlasTerms)
        .where(like(atlasTerms.term, `${added}%`)),
    ).toEqual([]);
    expect(await t.deps.db.select().from(atlasImportWrites).where(eq(atlasImportWrites.importId, report.id))).toEqual(
      [],
    );
    expect(await auditOf(t, report.id)).toEqual([]);
  });

  it('goes on where it stood after its process ended, writing every row once', async () => {
    const admin = await platformAdmin(t);
    // 50 rows: more than two chunks (the first has ten rows, each next at most twice the one before).
    const fresh = Array.from({ length: 50 }, () => tag());
    const report = await check(t, admin, 'csv', csvOf(fresh.map((a) => validRow(a))));
    const kind = await confirmForOwnRunner(admin, report.id, fresh.length);

    // The first process writes two chunks, then ends (as at a crash: the job stays running, leased).
    const dones: number[] = [];
    let first: JobRunner | undefined;
    const handler = watched(dones, (count) => {
      if (count === 2) void first?.stop();
    });
    first = runner(kind, handler);
    const deadline = Date.now() + 30_000;
    while ((dones.length < 2 || (await findJob(t.deps.db, report.id))?.lockedBy !== null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await first?.stop();
    await t.deps.db
      .update(jobs)
      .set({ lockedBy: 'ended-process', lockedUntil: sql`now() + interval '1 hour'` })
      .where(eq(jobs.id, report.id));
    const midway = await findJob(t.deps.db, report.id);
    expect(midway).toMatchObject({ state: 'running', done: dones[1], attempts: 1 });
    expect(midway?.done).toBeGreaterThan(0);
    expect(midway?.done).toBeLessThan(50);

    // The next start (PGlite: the only process) takes it up and finishes.
    runner(kind, importJob(t.deps), true);
    expect(await jobEnded(t, admin, report.id)).toMatchObject({
      state: 'done',
      done: 50,
      result: { created: 50, updated: 0 },
    });
    expect(await findJob(t.deps.db, report.id)).toMatchObject({ attempts: 2 });
    for (const a of fresh) expect(await recordsTagged(t, a)).toEqual([expect.objectContaining({ revision: 1 })]);
    expect(await auditOf(t, report.id)).toHaveLength(1);
  });
});

/** A record's API answer as input for a save (partners by ID, no location: it follows them). */
function validInput(shown: Record<string, unknown> & { partners: { id: string }[] }) {
  const { partners, ...rest } = shown;
  return {
    ...(rest as never as Parameters<typeof saveCooperation>[1]),
    partnerIds: partners.map((p) => p.id),
    contacts: [],
    location: null,
  };
}
