import { useQuery } from '@tanstack/react-query';
import type { Portfolio, PortfolioMilestones } from '../../../../shared/contracts/portfolio.ts';
import { api } from '../../../api/client.ts';

// The portfolio's answers. Their keys start with 'projects', so a change to a project made in this
// window refreshes them as it refreshes every other list of projects.

export const PORTFOLIO_KEY = ['projects', 'portfolio'] as const;

/**
 * While other filters of the same scope are fetched, the page keeps showing the last answer instead of
 * a loading line; another scope's answer is never shown for this one.
 */
function sameScope<T>(scope: string) {
  return (previous: T | undefined, query: { queryKey: readonly unknown[] } | undefined) =>
    typeof query?.queryKey[3] === 'string' && query.queryKey[3].split('&')[0] === scope ? previous : undefined;
}

/** The portfolio for a query string (`portfolioQuery`): its projects, counts and unseen projects. */
export function usePortfolio(query: string) {
  const scope = query.split('&')[0] ?? '';
  return useQuery({
    queryKey: [...PORTFOLIO_KEY, 'projects', query],
    queryFn: () => api.get<Portfolio>(`/portfolio?${query}`),
    // Someone back from another window sees the colours as they are now.
    refetchOnWindowFocus: true,
    placeholderData: sameScope<Portfolio>(scope),
  });
}

/** The milestones of the portfolio's projects, for the timeline. */
export function usePortfolioMilestones(query: string) {
  const scope = query.split('&')[0] ?? '';
  return useQuery({
    queryKey: [...PORTFOLIO_KEY, 'milestones', query],
    queryFn: () => api.get<PortfolioMilestones>(`/portfolio/milestones?${query}`),
    refetchOnWindowFocus: true,
    placeholderData: sameScope<PortfolioMilestones>(scope),
  });
}
