// The web app's moderation pages of the network: /network/moderation?community= (held posts and
// reports of one community, or of everything I moderate). Listed as a const tuple, so links stay typed.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';

export interface ModerationSearch {
  community?: string;
}

function parseModerationSearch(search: Record<string, unknown>): ModerationSearch {
  const community = typeof search.community === 'string' ? search.community.slice(0, 100) : '';
  return community ? { community } : {};
}

const moderationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/moderation',
  component: lazyRouteComponent(() => import('./moderation-page.tsx'), 'ModerationPage'),
  validateSearch: parseModerationSearch,
});

export const moderationRoutes = [moderationRoute] as const;
