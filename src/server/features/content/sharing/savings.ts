import { and, countDistinct, desc, eq, isNotNull, ne, type SQL, sum } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { PlatformSavings, Savings } from '../../../../shared/contracts/content-sharing.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { contentPages, contentSettings, contentVersions } from '../tables.ts';

interface SavedWords {
  organisationId: string;
  language: string;
  words: number;
}

/**
 * The words an organisation did not have to translate because it adopted translations, counted per
 * language (words × languages): a copy's adopted translations as they were copied, a linked page's
 * source translations as they are now (they keep following the source). The source language is
 * not a translation and does not count.
 */
async function savedWords(tx: Tx, organisationId: string | null): Promise<SavedWords[]> {
  const ofOrganisation = (column: AnyPgColumn): SQL | undefined =>
    organisationId ? eq(column, organisationId) : undefined;
  const copied = await tx
    .select({
      organisationId: contentPages.organisationId,
      language: contentVersions.language,
      words: sum(contentVersions.words).mapWith(Number),
    })
    .from(contentVersions)
    .innerJoin(contentPages, eq(contentPages.id, contentVersions.pageId))
    .where(
      and(
        ofOrganisation(contentPages.organisationId),
        eq(contentVersions.origin, 'adopted'),
        ne(contentVersions.language, contentPages.sourceLanguage),
      ),
    )
    .groupBy(contentPages.organisationId, contentVersions.language);
  const link = alias(contentPages, 'link');
  const linked = await tx
    .selectDistinctOn([link.id, contentVersions.language], {
      organisationId: link.organisationId,
      language: contentVersions.language,
      words: contentVersions.words,
    })
    .from(contentVersions)
    .innerJoin(link, and(eq(link.adoptedFromPageId, contentVersions.pageId), eq(link.adoptionMode, 'link')))
    .where(
      and(
        ofOrganisation(link.organisationId),
        eq(contentVersions.draft, false),
        ne(contentVersions.language, link.sourceLanguage),
      ),
    )
    .orderBy(link.id, contentVersions.language, desc(contentVersions.number));
  return [...copied, ...linked];
}

function byLanguage(rows: readonly SavedWords[]) {
  const words = new Map<string, number>();
  for (const r of rows) words.set(r.language, (words.get(r.language) ?? 0) + r.words);
  return [...words.entries()].sort((a, b) => b[1] - a[1]).map(([language, w]) => ({ language, words: w }));
}

export async function wordPriceOf(tx: Tx, organisationId: string): Promise<number | null> {
  const [row] = await tx
    .select({ cents: contentSettings.wordPriceCents })
    .from(contentSettings)
    .where(eq(contentSettings.organisationId, organisationId));
  return row?.cents ?? null;
}

/** What the organisation's adoptions saved: words × languages and, with its price per word, the money. */
export async function savingsOf(tx: Tx, organisationId: string): Promise<Savings> {
  const [rows, price, [pages]] = await inTurn([
    () => savedWords(tx, organisationId),
    () => wordPriceOf(tx, organisationId),
    () =>
      tx
        .select({ n: countDistinct(contentPages.id) })
        .from(contentPages)
        .where(and(eq(contentPages.organisationId, organisationId), isNotNull(contentPages.adoptionMode))),
  ]);
  const words = rows.reduce((total, r) => total + r.words, 0);
  return {
    words,
    pages: Number(pages?.n ?? 0),
    byLanguage: byLanguage(rows),
    wordPriceCents: price,
    amountCents: price === null ? null : words * price,
  };
}

/** The platform's total: every organisation's saved words, and the money where a price per word is set. */
export async function platformSavings(tx: Tx): Promise<PlatformSavings> {
  const [rows, prices, [adoptions]] = await inTurn([
    () => savedWords(tx, null),
    () => tx.select().from(contentSettings),
    () =>
      tx
        .select({ n: countDistinct(contentPages.id), organisations: countDistinct(contentPages.organisationId) })
        .from(contentPages)
        .where(isNotNull(contentPages.adoptionMode)),
  ]);
  const priceOf = new Map(prices.map((p) => [p.organisationId, p.wordPriceCents]));
  let words = 0;
  let amountCents = 0;
  for (const r of rows) {
    words += r.words;
    amountCents += r.words * (priceOf.get(r.organisationId) ?? 0);
  }
  return {
    words,
    amountCents,
    organisations: Number(adoptions?.organisations ?? 0),
    adoptions: Number(adoptions?.n ?? 0),
  };
}
