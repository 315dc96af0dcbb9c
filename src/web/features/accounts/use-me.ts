import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentSession, Me } from '../../../shared/contracts/accounts.ts';
import { api } from '../../api/client.ts';

export const ME_KEY = ['me'] as const;

/** Signed out is an answer (`me: null`), not a 401: signed-out pages log no failed request. */
async function fetchMe(): Promise<Me | null> {
  return (await api.get<CurrentSession>('/auth/session')).me;
}

/** The signed-in person, or `null` when signed out. `undefined` while the first answer is pending. */
export function useMe() {
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
  return { me: query.data, loading: query.isPending, error: query.error };
}

/** Stores a fresh `Me` (after sign-in, setup, profile changes) without another round trip. */
export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => client.setQueryData(ME_KEY, me);
}

/** True when the person may manage their organisation (a confirmed admin). */
export function isOrganisationAdmin(me: Me | null | undefined): boolean {
  return me?.organisation?.role === 'admin' && me.organisation.status === 'confirmed';
}
