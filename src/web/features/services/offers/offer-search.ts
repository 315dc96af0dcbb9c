// The offers list's address: what is searched and filtered lives in the query string, so a search can
// be linked and the back button works.
import { OFFER_SORTS, type OfferSort } from '../../../../shared/contracts/services-offers.ts';

export const NEAR_CHOICES = [25, 50, 100, 250] as const;

export interface OfferSearch {
  q?: string | undefined;
  taskField?: string | undefined;
  leika?: string | undefined;
  land?: string | undefined;
  near?: number | undefined;
  sort?: OfferSort | undefined;
  mine?: boolean | undefined;
  page?: number | undefined;
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;

/** The search as the address holds it; anything malformed is left out rather than sent to the server. */
export function offerSearchOf(search: Record<string, unknown>): OfferSearch {
  const near = Number(search.near);
  const page = Number(search.page);
  const leika = typeof search.leika === 'string' ? search.leika : String(search.leika ?? '');
  return {
    q: text(search.q, 200),
    taskField:
      typeof search.taskField === 'string' && /^[a-z]{1,40}$/.test(search.taskField) ? search.taskField : undefined,
    leika: /^[0-9]{1,14}$/.test(leika) ? leika : undefined,
    land: typeof search.land === 'string' && /^(0[1-9]|1[0-6])$/.test(search.land) ? search.land : undefined,
    near: Number.isInteger(near) && near >= 1 && near <= 1000 ? near : undefined,
    sort: OFFER_SORTS.find((s) => s === search.sort),
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 500 ? page : undefined,
  };
}
