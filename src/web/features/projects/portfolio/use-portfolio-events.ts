import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Portfolio } from '../../../../shared/contracts/portfolio.ts';
import type { RealtimeMessage } from '../../realtime/realtime-client.ts';
import { useRealtimeEvents } from '../../realtime/use-realtime.tsx';
import { PORTFOLIO_KEY } from './portfolio-queries.ts';

/**
 * A portfolio is asked for once per burst of changes at most: a drag on a board sends several events,
 * and the portfolio is the heaviest answer of the projects.
 */
const REFETCH_AFTER_MS = 1_000;

/**
 * While the portfolio is open, fetches it again when `project.changed` names one of its projects or a
 * workspace it shows projects of (a project started there). The event reaches only those who see the
 * project, so nothing is learned of others' projects; a project in a workspace the page does not know
 * yet appears when the window gets the focus again. A filtered page does not know the projects it
 * leaves out, whose change may move them in or change the counts: it fetches again after any change.
 */
export function usePortfolioEvents(portfolio: Portfolio | undefined, filtered: boolean) {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useRealtimeEvents((event: RealtimeMessage) => {
    if (event.type !== 'project.changed' || !portfolio) return;
    const projectId = typeof event.projectId === 'string' ? event.projectId : '';
    const workspaceId = typeof event.workspaceId === 'string' ? event.workspaceId : '';
    const concerns =
      filtered ||
      (portfolio.scope.kind === 'workspace' && workspaceId === portfolio.scope.id) ||
      portfolio.projects.some((project) => project.id === projectId || project.workspace.id === workspaceId);
    if (!concerns || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void client.invalidateQueries({ queryKey: PORTFOLIO_KEY });
    }, REFETCH_AFTER_MS);
  });
}
