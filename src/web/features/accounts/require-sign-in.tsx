import { useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Me } from '../../../shared/contracts/accounts.ts';
import { TWO_FACTOR_ENROL_PATH } from '../../../shared/contracts/two-factor-requirement.ts';
import { Loading } from '../../ui/loading.tsx';
import { EnrolmentGate } from './passkeys/enrolment-gate.tsx';
import { useMe } from './use-me.ts';

/** Renders its children for signed-in people; sends others to the sign-in page and back afterwards. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { me, loading } = useMe();
  const router = useRouter();
  // The address to return to is taken once: while the redirect runs, the router's location is
  // already the sign-in page, and reading it then would nest `next` into itself.
  const [next] = useState(() => router.state.location.href);
  const redirected = useRef(false);
  const signedOut = !loading && !me;
  useEffect(() => {
    if (!signedOut || redirected.current) return;
    redirected.current = true;
    void router.navigate({ to: '/sign-in', search: { next: safeNext(next) }, replace: true });
  }, [signedOut, next, router]);
  if (!me) return <Loading />;
  // The account page holds the enrolment and gates its own sections.
  if (router.state.location.pathname === TWO_FACTOR_ENROL_PATH) return <>{children(me)}</>;
  return <EnrolmentGate>{children(me)}</EnrolmentGate>;
}

/** A path inside this app that is safe to return to after sign-in (no other origin). */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}
