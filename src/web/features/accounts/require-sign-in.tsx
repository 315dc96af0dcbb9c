import { Navigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { Loading } from '../../ui/loading.tsx';
import { useMe } from './use-me.ts';

/** Renders its children for signed-in people; sends others to the sign-in page and back afterwards. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { me, loading } = useMe();
  const href = useRouterState({ select: (state) => state.location.href });
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/sign-in" search={{ next: href }} replace />;
  return <>{children(me)}</>;
}

/** A path inside this app that is safe to return to after sign-in (no other origin). */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}
