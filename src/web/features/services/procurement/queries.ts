import { useQuery } from '@tanstack/react-query';
import type {
  CpvList,
  NeedList,
  PlanList,
  PurchaseDetail,
  PurchaseList,
  RadarList,
} from '../../../../shared/contracts/services-procurement.ts';
import { api } from '../../../api/client.ts';

export const PROCUREMENT_KEY = ['services', 'procurement'] as const;
export const purchaseKey = (id: string) => [...PROCUREMENT_KEY, 'purchase', id] as const;
export const PLANS_KEY = [...PROCUREMENT_KEY, 'plans'] as const;
export const RADAR_KEY = [...PROCUREMENT_KEY, 'radar'] as const;

export const purchasePath = (id: string, rest = '') =>
  `/services/procurement/purchases/${encodeURIComponent(id)}${rest}`;

export function usePurchases() {
  return useQuery({
    queryKey: [...PROCUREMENT_KEY, 'list'],
    queryFn: () => api.get<PurchaseList>('/services/procurement/purchases'),
  });
}

export function usePurchase(id: string) {
  return useQuery({ queryKey: purchaseKey(id), queryFn: () => api.get<PurchaseDetail>(purchasePath(id)) });
}

export function useCpvList() {
  return useQuery({
    queryKey: [...PROCUREMENT_KEY, 'cpv'],
    queryFn: () => api.get<CpvList>('/services/procurement/cpv'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePlans() {
  return useQuery({ queryKey: PLANS_KEY, queryFn: () => api.get<PlanList>('/services/procurement/plans') });
}

export function useRadar() {
  return useQuery({ queryKey: RADAR_KEY, queryFn: () => api.get<RadarList>('/services/procurement/radar') });
}

/** Every organisation's needs of a purchase: the lead's view. */
export function useLeadNeeds(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...purchaseKey(id), 'needs'],
    queryFn: () => api.get<NeedList>(purchasePath(id, '/needs')),
    enabled,
  });
}
