import { useQuery } from '@tanstack/react-query';
import type { LegalPage, LegalPageName, LegalStatus } from '../../../shared/contracts/legal.ts';
import { api } from '../../api/client.ts';

export const LEGAL_KEY = ['legal'] as const;
export const legalPageKey = (page: LegalPageName) => ['legal', page] as const;

/** One legal page, public. */
export function useLegalPage(page: LegalPageName) {
  return useQuery({ queryKey: legalPageKey(page), queryFn: () => api.get<LegalPage>(`/legal/${page}`) });
}

/** Which legal pages the operator has filled in. */
export function useLegalStatus(enabled = true) {
  return useQuery({
    queryKey: [...LEGAL_KEY, 'status'],
    queryFn: () => api.get<LegalStatus>('/legal'),
    enabled,
  });
}
