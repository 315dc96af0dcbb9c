import { type OrganisationXliffInput, XLIFF_LIMITS } from '../../../../shared/contracts/content-xliff.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { contentAccess } from '../policy.ts';
import { factsOf, ordersOf, type PageRow, pagesOfOrganisation, versionsOf } from '../queries.ts';
import { translationStatuses } from '../translation-status.ts';
import { type ExportPlan, planPageExport } from './export-plan.ts';
import { exportRefusal, languageInput } from './export-refusals.ts';
import { recordOrders } from './record-orders.ts';
import { pagesByIds } from './translation-queries.ts';
import { type XliffDownload, xliffDownload } from './xliff-file.ts';

type Planned = { page: PageRow; plan: Extract<ExportPlan, { ok: true }> };

/**
 * One file for one target language with a `<file>` per page: the pages named, or every page of the
 * organisation; with `outdated`, only those whose translation is missing or outdated (pages already
 * sent out and not back yet are left out). Named pages that cannot be exported are refused by
 * name; of all pages, those are left out. Every page exported is recorded as an order.
 */
export async function exportSelection(
  db: Db,
  principal: Principal | null,
  organisationId: string,
  input: OrganisationXliffInput,
): Promise<XliffDownload> {
  if (!principal) throw unauthenticated();
  const access = await contentAccess(db, principal, organisationId);
  if (!access) throw notFound('Organisation');
  if (access !== 'edit') throw forbidden('Only admins and editors of the organisation export its pages.');
  const target = languageInput('body:/target', input.target);
  const basis = input.basis === undefined ? undefined : languageInput('body:/basis', input.basis);

  return db.transaction(async (tx) => {
    const named = input.pageIds;
    // Linked pages show another organisation's text and its translations: nothing to order for them.
    const pages = (
      named ? await namedPages(tx, organisationId, named) : await pagesOfOrganisation(tx, organisationId)
    ).filter((page) => page.adoptionMode !== 'link');
    const ids = pages.map((page) => page.id);
    const versions = groupByPage(await versionsOf(tx, ids));
    const orders = groupByPage(await ordersOf(tx, ids));
    const planned: Planned[] = [];
    for (const [index, page] of pages.entries()) {
      const own = versions.get(page.id) ?? [];
      const plan = planPageExport(page, own, target, basis);
      if (!plan.ok) {
        if (named) throw exportRefusal(plan.reason, page, plan.basisLanguage, `body:/pageIds/${index}`);
        continue;
      }
      if (input.outdated) {
        const [status] = translationStatuses(page.sourceLanguage, [target], own.map(factsOf), orders.get(page.id));
        if (status?.status !== 'missing' && status?.status !== 'outdated') continue;
      }
      planned.push({ page, plan });
    }
    checkSelection(planned);
    const download = xliffDownload(
      input.version ?? '2.0',
      planned.map(({ plan }) => plan.document),
      `content-${new Date().toISOString().slice(0, 10)}`,
    );
    if (download.body.length > XLIFF_LIMITS.exportBytes) {
      throw conflict(
        'xliff-too-large',
        'File too large',
        `The ${planned.length} pages make a file of ${mib(download.body.length)} MiB; an export may have at most ${mib(XLIFF_LIMITS.exportBytes)} MiB, so that the file still fits the import with its translations. Export fewer pages at a time.`,
      );
    }
    await recordOrders(
      tx,
      principal.personId,
      planned.map(({ page, plan }) => ({
        pageId: page.id,
        language: target,
        basisLanguage: plan.basis.language,
        basisNumber: plan.basis.number,
      })),
    );
    return download;
  });
}

/** The named pages in the order named; one that is not the organisation's is refused by its position. */
async function namedPages(tx: Tx, organisationId: string, ids: readonly string[]) {
  const found = new Map((await pagesByIds(tx, ids)).map((page) => [page.id, page]));
  const errors = ids.flatMap((id, index) =>
    found.get(id)?.organisationId === organisationId
      ? []
      : [{ field: `body:/pageIds/${index}`, message: 'is no page of this organisation' }],
  );
  if (errors.length > 0) throw invalid(errors);
  return ids.map((id) => found.get(id) as PageRow);
}

function checkSelection(planned: readonly Planned[]): void {
  if (planned.length === 0) {
    throw conflict(
      'xliff-nothing-to-export',
      'Nothing to export',
      'None of the pages needs a translation into this language.',
    );
  }
  if (planned.length > XLIFF_LIMITS.pages) {
    throw conflict(
      'xliff-too-many-pages',
      'Too many pages',
      `${planned.length} pages need a translation; an export may have at most ${XLIFF_LIMITS.pages}. Name the pages to export (pageIds).`,
    );
  }
  const languages = new Set(planned.map(({ plan }) => plan.basis.language));
  if (languages.size > 1) {
    throw conflict(
      'xliff-mixed-languages',
      'Pages in several languages',
      `The pages are written in ${[...languages].sort().join(', ')}; a file translates from one language. Name it (basis) or export the pages separately.`,
    );
  }
  const units = planned.reduce((sum, { plan }) => sum + plan.document.units.length, 0);
  if (units > XLIFF_LIMITS.units) {
    throw conflict(
      'xliff-too-large',
      'File too large',
      `The pages have ${units} units; a file may have at most ${XLIFF_LIMITS.units}. Export fewer pages at a time.`,
    );
  }
}

function groupByPage<T extends { pageId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.pageId, [...(groups.get(row.pageId) ?? []), row]);
  return groups;
}

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
