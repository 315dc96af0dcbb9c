import { useQuery } from '@tanstack/react-query';
import type { OfferDetail, OfferList, OfferRequestList } from '../../../../shared/contracts/services-offers.ts';
import { OFFER_LIMITS } from '../../../../shared/contracts/services-offers.ts';
import { api, query } from '../../../api/client.ts';
import type { OfferSearch } from './offer-search.ts';

export const OFFERS_KEY = ['services', 'offers'] as const;
export const offerKey = (id: string) => [...OFFERS_KEY, 'detail', id] as const;

export function useOffers(search: OfferSearch) {
  const page = search.page ?? 1;
  return useQuery({
    queryKey: [...OFFERS_KEY, 'list', search],
    queryFn: () =>
      api.get<OfferList>(
        `/services/offers${query({
          q: search.q,
          taskField: search.taskField,
          leika: search.leika,
          land: search.land,
          near: search.near,
          sort: search.sort,
          mine: search.mine ? 'true' : undefined,
          limit: OFFER_LIMITS.pageSize,
          offset: page > 1 ? (page - 1) * OFFER_LIMITS.pageSize : undefined,
        })}`,
      ),
  });
}

export function useOffer(id: string) {
  return useQuery({
    queryKey: offerKey(id),
    queryFn: () => api.get<OfferDetail>(`/services/offers/${encodeURIComponent(id)}`),
  });
}

export function useOfferRequests(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...offerKey(id), 'requests'],
    queryFn: () => api.get<OfferRequestList>(`/services/offers/${encodeURIComponent(id)}/requests`),
    enabled,
  });
}
