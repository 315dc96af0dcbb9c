import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';
import { NotificationsPage } from './notifications-page.tsx';

// The notifications page: /notifications.
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  component: NotificationsPage,
});

export const notificationRoutes = [notificationsRoute] as const;
