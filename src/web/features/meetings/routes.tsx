// The meetings' page: /meetings/$id (pre-join, the meeting, back to the channel). The card and the
// start button live in the chat (card/, start-meeting-button.tsx).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$id',
  component: lazyRouteComponent(() => import('./meeting-page.tsx'), 'MeetingPage'),
});

export const meetingRoutes = [meetingRoute] as const;
