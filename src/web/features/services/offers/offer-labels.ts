import type { TFunction } from 'i18next';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import type { PriceModel } from '../../../../shared/contracts/services-offers.ts';
import { formatNumber } from '../../../i18n/number-format.ts';

/** A task field's name in the interface language (the code when unknown). */
export function taskFieldLabel(code: string | null, language: string): string {
  const field = TASK_FIELDS.find((f) => f.code === code);
  if (!field) return code ?? '';
  return language.startsWith('en') ? field.en : field.de;
}

/** An amount of cents as euros in the interface language: "0,45 €", "€0.45". */
export function euros(cents: number, language: string): string {
  const amount = formatNumber(cents / 100, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return language.startsWith('en') ? `€${amount}` : `${amount} €`;
}

/** The price model with its price: "0,45 € je Einwohner", "Kostenerstattung". */
export function priceText(
  t: TFunction,
  language: string,
  offer: { priceModel: PriceModel; priceCents: number | null },
): string {
  const model = t(`serviceOffers.priceModels.${offer.priceModel}`);
  if (offer.priceCents === null) return model;
  return t('serviceOffers.priceWithModel', { price: euros(offer.priceCents, language), model });
}

/**
 * Euros as typed ("1.234,56", "0.45", "12") into cents; null for an empty field, NaN for anything
 * that is not an amount of at most two decimals.
 */
export function centsOf(text: string): number | null {
  const typed = text.replace(/\s|€/g, '');
  if (typed === '') return null;
  // A comma is the decimal mark as Germans write it; dots before it group thousands.
  const normal = typed.includes(',') ? typed.replace(/\./g, '').replace(',', '.') : typed;
  if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(normal)) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

/** Cents as the form shows them for editing: "0,45" (German) or "0.45". */
export function centsText(cents: number | null, language: string): string {
  if (cents === null) return '';
  const text = (cents / 100).toFixed(2);
  return language.startsWith('en') ? text : text.replace('.', ',');
}
