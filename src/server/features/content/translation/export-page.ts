import type { PageXliffQuery } from '../../../../shared/contracts/content-xliff.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { versionsOf } from '../queries.ts';
import { refuseLinkedPage } from '../sharing/linked-page.ts';
import { planPageExport } from './export-plan.ts';
import { exportRefusal, languageInput } from './export-refusals.ts';
import { recordOrders } from './record-orders.ts';
import { type XliffDownload, xliffDownload } from './xliff-file.ts';

/**
 * One page's last published text in its basis language as an XLIFF file for a translation agency
 * (admins and editors of the owning organisation). The export is recorded as an order, so the
 * target shows as in translation until the file comes back.
 */
export async function exportPage(
  db: Db,
  principal: Principal | null,
  pageId: string,
  query: PageXliffQuery,
): Promise<XliffDownload> {
  if (!principal) throw unauthenticated();
  const target = languageInput('querystring:/target', query.target);
  const basis = query.basis === undefined ? undefined : languageInput('querystring:/basis', query.basis);
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit');
    refuseLinkedPage(page);
    const plan = planPageExport(page, await versionsOf(tx, [page.id]), target, basis);
    if (!plan.ok) {
      const field = plan.reason === 'target-is-source' ? 'querystring:/target' : 'querystring:/basis';
      throw exportRefusal(plan.reason, page, plan.basisLanguage, field);
    }
    await recordOrders(tx, principal.personId, [
      { pageId: page.id, language: target, basisLanguage: plan.basis.language, basisNumber: plan.basis.number },
    ]);
    return xliffDownload(query.version ?? '2.0', [plan.document], page.slug);
  });
}
