import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import { ME_KEY } from './use-me.ts';

/** Signs out (here or everywhere), forgets every cached answer and returns to the sign-in page. */
export function useSignOut(everywhere = false) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post(everywhere ? '/auth/logout-all' : '/auth/logout'),
    onSettled: async () => {
      // Leave first: pages that need a signed-in person would otherwise redirect on their own.
      await navigate({ to: '/sign-in', search: { signedOut: true } });
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
