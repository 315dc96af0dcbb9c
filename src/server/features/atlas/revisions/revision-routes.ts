import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Cooperation, RevisionDetail, RevisionDiff, RevisionSummary } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { organisationSummaries } from '../../organisations/summary.ts';
import { restoreRevisionCommand } from '../commands/restore-revision.ts';
import { type AtlasViewer, canSee, seesContactDetails } from '../policy.ts';
import { findById, revisionOf, revisionsOf } from '../queries.ts';
import { viewAfterChange } from '../records/record-routes.ts';
import { DiffQuery, RevisionParams, TAGS } from '../schema.ts';
import { atlasActorOf, atlasViewerOf } from '../viewer.ts';
import { diffSnapshots } from './revision-diff.ts';
import { changesWithoutContactDetails, snapshotWithoutContactDetails } from './revision-privacy.ts';

/** The record's history is seen by whoever may see the record; otherwise it does not exist. */
async function visibleRecord(tx: Tx, viewer: AtlasViewer | null, id: string) {
  const record = await findById(tx, id);
  if (!record || !canSee(viewer, record)) throw notFound('Cooperation');
  return record;
}

function summaryOf(row: { number: number; action: string; authorName: string | null; createdAt: Date }) {
  return { number: row.number, action: row.action, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}

/** History, single revisions, diffs and restoring. */
export async function revisionRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/atlas/cooperations/:id/revisions',
    {
      schema: {
        tags: TAGS,
        summary: 'The history of a cooperation, newest first',
        params: IdParams,
        response: { 200: Type.Array(RevisionSummary), ...problems(400, 404) },
      },
    },
    async (request) => {
      await visibleRecord(deps.db, await atlasViewerOf(deps.db, request.principal), request.params.id);
      return (await revisionsOf(deps.db, request.params.id)).map(summaryOf);
    },
  );

  app.get(
    '/atlas/cooperations/:id/revisions/:number',
    {
      schema: {
        tags: TAGS,
        summary: 'One revision of a cooperation with the content it saved',
        params: RevisionParams,
        response: { 200: RevisionDetail, ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id, number } = request.params;
      const viewer = await atlasViewerOf(deps.db, request.principal);
      await visibleRecord(deps.db, viewer, id);
      const revision = await revisionOf(deps.db, id, number);
      if (!revision) throw notFound('Revision');
      const snapshot = seesContactDetails(viewer)
        ? revision.snapshot
        : snapshotWithoutContactDetails(revision.snapshot);
      return { ...summaryOf(revision), snapshot };
    },
  );

  app.get(
    '/atlas/cooperations/:id/diff',
    {
      schema: {
        tags: TAGS,
        summary: 'What changed between two revisions: word by word in texts, before and after elsewhere',
        params: IdParams,
        querystring: DiffQuery,
        response: { 200: RevisionDiff, ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const viewer = await atlasViewerOf(deps.db, request.principal);
      await visibleRecord(deps.db, viewer, id);
      const [from, to] = await Promise.all([
        revisionOf(deps.db, id, request.query.from),
        revisionOf(deps.db, id, request.query.to),
      ]);
      if (!from || !to) throw notFound('Revision');
      const diff = diffSnapshots(from.snapshot, to.snapshot);
      const changes = seesContactDetails(viewer) ? diff : changesWithoutContactDetails(diff);
      await namePartners(deps.db, changes);
      return { from: summaryOf(from), to: summaryOf(to), changes };
    },
  );

  app.post(
    '/atlas/cooperations/:id/revisions/:number/restore',
    {
      schema: {
        tags: TAGS,
        summary: 'Save an old revision’s content as a new revision (partners’ members, platform admins)',
        params: RevisionParams,
        response: { 200: Cooperation, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await atlasActorOf(deps.db, request);
      const { id, number } = request.params;
      await restoreRevisionCommand(deps, actor, id, number);
      return viewAfterChange(deps, id, actor.viewer);
    },
  );
}

/** Partners in a diff by name rather than by ID, so the history reads as the record did. */
async function namePartners(tx: Tx, changes: ReturnType<typeof diffSnapshots>) {
  const change = changes.find((c) => c.field === 'partnerIds');
  if (!change) return;
  const before = (change.before as string[] | null) ?? [];
  const after = (change.after as string[] | null) ?? [];
  const names = new Map((await organisationSummaries(tx, [...before, ...after])).map((o) => [o.id, o.name]));
  const named = (ids: string[]) => ids.map((id) => ({ id, name: names.get(id) ?? null }));
  change.before = named(before);
  change.after = named(after);
}
