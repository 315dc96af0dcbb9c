import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DataExport } from '../../../shared/contracts/my-data.ts';
import { api } from '../../api/client.ts';

const QUERY_KEY = ['my-data', 'exports'];

/** An export still being prepared: the list is asked again every two seconds while there is one. */
export const isUnderWay = (e: DataExport) => e.state === 'queued' || e.state === 'running';

export function useDataExports() {
  return useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => api.get<DataExport[]>('/me/data-exports'),
    refetchInterval: (query) => ((query.state.data ?? []).some(isUnderWay) ? 2_000 : false),
  });
}

export function useRequestDataExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<DataExport>('/me/data-exports', {}),
    onSettled: () => client.invalidateQueries({ queryKey: QUERY_KEY }),
  });
}
