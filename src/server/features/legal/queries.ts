import { eq, inArray } from 'drizzle-orm';
import type { Arbitration, LegalPageName } from '../../../shared/contracts/legal.ts';
import type { Tx } from '../../platform/db/client.ts';
import { platformSettings } from '../../platform/settings/tables.ts';

/** One legal page as kept in platform_settings under `legal.<page>`. */
export interface StoredLegalPage {
  de: string;
  en: string;
  feedbackEmail?: string;
  feedbackPhone?: string;
  /** null: the federal Schlichtungsstelle. */
  arbitration?: Arbitration | null;
  updatedBy?: string;
}

export interface StoredLegalRow {
  value: StoredLegalPage;
  updatedAt: Date;
}

const keyOf = (page: LegalPageName) => `legal.${page}`;

function asStored(value: unknown): StoredLegalPage {
  const v = (value ?? {}) as Partial<StoredLegalPage>;
  return { ...v, de: typeof v.de === 'string' ? v.de : '', en: typeof v.en === 'string' ? v.en : '' };
}

/** The stored legal pages (a page never saved is missing from the map). */
export async function readLegalPages(
  db: Tx,
  pages: readonly LegalPageName[],
): Promise<Map<LegalPageName, StoredLegalRow>> {
  const rows = await db
    .select({ key: platformSettings.key, value: platformSettings.value, updatedAt: platformSettings.updatedAt })
    .from(platformSettings)
    .where(inArray(platformSettings.key, pages.map(keyOf)));
  const found = new Map<LegalPageName, StoredLegalRow>();
  for (const row of rows) {
    const page = pages.find((p) => keyOf(p) === row.key);
    if (page) found.set(page, { value: asStored(row.value), updatedAt: row.updatedAt });
  }
  return found;
}

/** Locks the page's row for the rest of the transaction (when it exists), so two saves do not interleave. */
export async function lockLegalPage(tx: Tx, page: LegalPageName): Promise<StoredLegalRow | null> {
  const rows = await tx
    .select({ value: platformSettings.value, updatedAt: platformSettings.updatedAt })
    .from(platformSettings)
    .where(eq(platformSettings.key, keyOf(page)))
    .for('update');
  const row = rows[0];
  return row ? { value: asStored(row.value), updatedAt: row.updatedAt } : null;
}

export async function storeLegalPage(tx: Tx, page: LegalPageName, value: StoredLegalPage): Promise<Date> {
  const now = new Date();
  await tx
    .insert(platformSettings)
    .values({ key: keyOf(page), value, updatedAt: now })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value, updatedAt: now } });
  return now;
}
