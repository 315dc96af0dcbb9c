import {
  type AccessibilityInput,
  type Arbitration,
  FEDERAL_ARBITRATION,
  type LegalPage,
  type LegalPageInput,
  type LegalPageName,
} from '../../../../shared/contracts/legal.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { invalid } from '../../../platform/errors/problem.ts';
import type { RequestContext } from '../../accounts/request-context.ts';
import { sanitizeSection } from '../../atlas/sanitize-html.ts';
import { hasText, isFilled, legalPageView } from '../legal-view.ts';
import { lockLegalPage, type StoredLegalPage, storeLegalPage } from '../queries.ts';

/** The editor's HTML as stored: only the formatting the atlas allows for rich text, '' without text. */
function cleanHtml(html: string): string {
  const clean = sanitizeSection(html);
  return hasText(clean) ? clean : '';
}

function cleanArbitration(input: Arbitration): Arbitration | null {
  const arbitration: Arbitration = {
    name: input.name.trim(),
    address: input.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    phone: input.phone.trim(),
    email: input.email.trim().toLowerCase(),
    website: input.website.trim(),
  };
  if (!arbitration.name)
    throw invalid([{ field: 'body:/accessibility/arbitration/name', message: 'must not be blank' }]);
  // The federal board is kept as "the default", so that a later correction of its address reaches every installation.
  const federal = (Object.keys(FEDERAL_ARBITRATION) as (keyof Arbitration)[]).every(
    (key) => arbitration[key] === FEDERAL_ARBITRATION[key],
  );
  return federal ? null : arbitration;
}

function storedOf(page: LegalPageName, input: LegalPageInput, admin: Principal): StoredLegalPage {
  const accessibility: AccessibilityInput | undefined = input.accessibility;
  if (page === 'barrierefreiheit' && !accessibility) {
    throw invalid([{ field: 'body:/accessibility', message: 'is required for barrierefreiheit' }]);
  }
  if (page !== 'barrierefreiheit' && accessibility) {
    throw invalid([{ field: 'body:/accessibility', message: 'only barrierefreiheit has contact fields' }]);
  }
  const stored: StoredLegalPage = { de: cleanHtml(input.de), en: cleanHtml(input.en), updatedBy: admin.personId };
  if (accessibility) {
    stored.feedbackEmail = accessibility.feedbackEmail.trim().toLowerCase();
    stored.feedbackPhone = accessibility.feedbackPhone.trim();
    stored.arbitration = cleanArbitration(accessibility.arbitration);
  }
  return stored;
}

/** The parts of a page a save changed, named for the audit log. */
function changedParts(before: StoredLegalPage | undefined, after: StoredLegalPage): string[] {
  // jsonb hands keys back in its own order: compare field by field, not as JSON text.
  const same = (a: unknown, b: unknown) => {
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
    }
    return (a ?? null) === (b ?? null);
  };
  const parts: [string, unknown, unknown][] = [
    ['de', before?.de || '', after.de],
    ['en', before?.en || '', after.en],
    ['feedbackEmail', before?.feedbackEmail || '', after.feedbackEmail || ''],
    ['feedbackPhone', before?.feedbackPhone || '', after.feedbackPhone || ''],
    ['arbitration', before?.arbitration, after.arbitration],
  ];
  return parts.filter(([, a, b]) => !same(a, b)).map(([name]) => name);
}

/**
 * Saves a legal page (platform admins; the route checks). The HTML is sanitised like the atlas' rich
 * text; a save that changes something writes an audit entry in the same transaction.
 */
export async function saveLegalPage(
  deps: Deps,
  admin: Principal,
  page: LegalPageName,
  input: LegalPageInput,
  ctx: RequestContext,
): Promise<LegalPage> {
  const next = storedOf(page, input, admin);
  return deps.db.transaction(async (tx) => {
    const before = await lockLegalPage(tx, page);
    const changed = changedParts(before?.value, next);
    if (changed.length === 0) return legalPageView(page, before ?? undefined);
    const updatedAt = await storeLegalPage(tx, page, next);
    await audit(tx, {
      actorId: admin.personId,
      action: 'legal.updated',
      subjectType: 'legal_page',
      subjectId: page,
      ip: ctx.ip,
      details: { changed, filled: isFilled(page, next) },
    });
    return legalPageView(page, { value: next, updatedAt });
  });
}
