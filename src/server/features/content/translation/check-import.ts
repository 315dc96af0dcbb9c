import { XLIFF_LIMITS, type XliffCheck } from '../../../../shared/contracts/content-xliff.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, unauthenticated } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { contentAccess } from '../policy.ts';
import { type VersionRow, versionsOf } from '../queries.ts';
import { contentXliffChecks } from '../tables.ts';
import { parseXliffFiles } from '../xliff/parse-xliff.ts';
import { checkPage } from './check-page.ts';
import { languageInput } from './export-refusals.ts';
import { pagesByIds, pruneXliffChecks } from './translation-queries.ts';
import { xliffRefusal } from './xliff-refusal.ts';

export interface XliffUpload {
  /** Reads the file's text and name; called once the caller may import, so outsiders learn nothing of the file. */
  read: () => { text: string; fileName: string | null };
  /** The language the file should be in; by default the file's own (its first page's). */
  target?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a returned file against the pages of the caller's organisation as they are now, and keeps
 * the result for the caller to confirm: nothing of the pages is written. A file the reader refuses
 * (hostile, malformed, too large, not ours) is answered with its problems and leaves nothing behind.
 */
export async function checkImport(db: Db, principal: Principal | null, upload: XliffUpload): Promise<XliffCheck> {
  if (!principal) throw unauthenticated();
  const membership = await membershipOf(db, principal.personId);
  const organisationId = membership?.organisationId;
  if (!organisationId || (await contentAccess(db, principal, organisationId)) !== 'edit') {
    throw forbidden('Only admins and editors of an organisation import translations of its pages.');
  }
  const target = upload.target === undefined ? undefined : languageInput('querystring:/target', upload.target);
  const { text, fileName } = upload.read();
  const parsed = parseXliffFiles(text, { maxBytes: XLIFF_LIMITS.importBytes, maxUnits: XLIFF_LIMITS.units });
  if (!parsed.ok) throw xliffRefusal(parsed.problems);
  const files = parsed.file.pages;
  const targetLanguage = target ?? files[0]?.targetLanguage ?? '';

  return db.transaction(async (tx) => {
    await pruneXliffChecks(tx);
    const ids = [...new Set(files.map((file) => file.pageId).filter((id) => UUID.test(id)))];
    const own = new Map(
      (await pagesByIds(tx, ids)).filter((page) => page.organisationId === organisationId).map((p) => [p.id, p]),
    );
    const versions = new Map<string, VersionRow[]>();
    for (const v of await versionsOf(tx, [...own.keys()]))
      versions.set(v.pageId, [...(versions.get(v.pageId) ?? []), v]);
    const checks = files.map((file) =>
      checkPage(file, own.get(file.pageId) ?? null, versions.get(file.pageId) ?? [], targetLanguage),
    );
    const pending = checks.flatMap((check) => (check.version ? [check.version] : []));
    const pages = checks.map((check) => check.report);
    const checkId = newId();
    const createdAt = new Date();
    await tx.insert(contentXliffChecks).values({
      id: checkId,
      organisationId,
      personId: principal.personId,
      targetLanguage,
      fileName,
      versions: pending,
      report: pages,
      createdAt,
    });
    return {
      checkId,
      fileName,
      targetLanguage,
      pages,
      writable: pending.length > 0,
      expiresAt: new Date(createdAt.getTime() + XLIFF_LIMITS.checkHours * 3600_000).toISOString(),
    };
  });
}
