import {
  FEDERAL_ARBITRATION,
  LEGAL_PAGES,
  type LegalPage,
  type LegalPageName,
  type LegalStatus,
} from '../../../shared/contracts/legal.ts';
import { htmlToText } from '../atlas/sanitize-html.ts';
import type { StoredLegalPage, StoredLegalRow } from './queries.ts';

/** Whether sanitised HTML holds any readable text (an emptied editor leaves `<p></p>` behind). */
export const hasText = (html: string) => htmlToText(html) !== '';

/**
 * Filled means what a German public body must show: the German text, and for the accessibility
 * statement also the address readers report barriers to.
 */
export function isFilled(page: LegalPageName, value: StoredLegalPage | undefined): boolean {
  if (!value || !hasText(value.de)) return false;
  return page !== 'barrierefreiheit' || Boolean(value.feedbackEmail);
}

/** A legal page as the API serves it; a page never saved is served empty. */
export function legalPageView(page: LegalPageName, row: StoredLegalRow | undefined): LegalPage {
  const value = row?.value;
  const text = (html: string | undefined) => (html && hasText(html) ? html : '');
  return {
    page,
    filled: isFilled(page, value),
    texts: { de: text(value?.de), en: text(value?.en) },
    updatedAt: row ? row.updatedAt.toISOString() : null,
    accessibility:
      page === 'barrierefreiheit'
        ? {
            feedbackEmail: value?.feedbackEmail ?? '',
            feedbackPhone: value?.feedbackPhone ?? '',
            arbitration: value?.arbitration ?? FEDERAL_ARBITRATION,
            arbitrationIsDefault: !value?.arbitration,
          }
        : null,
  };
}

/** Which pages are filled, in which languages. */
export function legalStatusView(rows: Map<LegalPageName, StoredLegalRow>): LegalStatus {
  const pages = LEGAL_PAGES.map((page) => {
    const row = rows.get(page);
    const languages = (['de', 'en'] as const).filter((language) => hasText(row?.value[language] ?? ''));
    return {
      page,
      filled: isFilled(page, row?.value),
      languages,
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  });
  return { complete: pages.every((p) => p.filled), pages };
}
