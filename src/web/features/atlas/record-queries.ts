import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RecordState } from '../../../shared/atlas/states.ts';
import type {
  Cooperation,
  CooperationCard,
  CooperationInput,
  RevisionDiff,
  RevisionSummary,
} from '../../../shared/contracts/atlas.ts';
import { api, query } from '../../api/client.ts';
import { createActionKey } from '../../api/idempotency.ts';

// The record pages' server state. Every key starts with 'atlas' so one invalidation after a change
// refreshes the record, its history, the workbench and the lists on organisation and alliance pages.

const BASE = '/atlas/cooperations';

export const recordKey = (slug: string) => ['atlas', 'record', slug] as const;

export function useCooperation(slug: string) {
  return useQuery({
    queryKey: recordKey(slug),
    queryFn: () => api.get<Cooperation>(`${BASE}/${encodeURIComponent(slug)}`),
  });
}

export function useRevisions(id: string | undefined) {
  return useQuery({
    queryKey: ['atlas', 'revisions', id],
    queryFn: () => api.get<RevisionSummary[]>(`${BASE}/${id}/revisions`),
    enabled: Boolean(id),
  });
}

export function useRevisionDiff(id: string | undefined, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: ['atlas', 'diff', id, from, to],
    queryFn: () => api.get<RevisionDiff>(`${BASE}/${id}/diff${query({ from, to })}`),
    enabled: Boolean(id) && from !== undefined && to !== undefined && from !== to,
  });
}

export function useRelated(id: string) {
  return useQuery({
    queryKey: ['atlas', 'related', id],
    queryFn: () => api.get<CooperationCard[]>(`${BASE}/${id}/related`),
  });
}

/** The cooperations an organisation or an alliance takes part in, for their pages. */
export function usePartnerCooperations(kind: 'organisations' | 'alliances', id: string) {
  return useQuery({
    queryKey: ['atlas', kind, id],
    queryFn: () => api.get<CooperationCard[]>(`/atlas/${kind}/${encodeURIComponent(id)}/cooperations`),
  });
}

export interface Workbench {
  mine: CooperationCard[];
  review: CooperationCard[];
}

export function useWorkbench(enabled: boolean) {
  return useQuery({
    queryKey: ['atlas', 'workbench'],
    queryFn: () => api.get<Workbench>('/atlas/workbench'),
    enabled,
  });
}

function useRefreshAtlas() {
  const client = useQueryClient();
  return (record?: Cooperation) => {
    if (record) client.setQueryData(recordKey(record.slug), record);
    return client.invalidateQueries({ queryKey: ['atlas'] });
  };
}

export function useCreateCooperation() {
  const refresh = useRefreshAtlas();
  // Submitting the same form again after a failure is a retry: it cannot create the record twice.
  const [key] = useState(createActionKey);
  return useMutation({
    mutationFn: (input: CooperationInput) => api.post<Cooperation>(BASE, input, { idempotencyKey: key.for(input) }),
    onSuccess: (record) => {
      key.done();
      return refresh(record);
    },
  });
}

export function useChangeState(id: string) {
  const refresh = useRefreshAtlas();
  return useMutation({
    mutationFn: (input: { state: RecordState; note?: string }) => api.post<Cooperation>(`${BASE}/${id}/state`, input),
    onSuccess: (record) => refresh(record ?? undefined),
  });
}

export function useRestoreRevision(id: string) {
  const refresh = useRefreshAtlas();
  return useMutation({
    mutationFn: (number: number) => api.post<Cooperation>(`${BASE}/${id}/revisions/${number}/restore`),
    onSuccess: (record) => refresh(record ?? undefined),
  });
}

export function useShowInterest(id: string) {
  const refresh = useRefreshAtlas();
  return useMutation({
    mutationFn: (input: { kind: 'contact' | 'reuse'; message: string }) => api.post(`${BASE}/${id}/interest`, input),
    onSuccess: () => refresh(),
  });
}
