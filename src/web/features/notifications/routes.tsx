import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';

// The notifications page: /notifications.
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  component: lazyRouteComponent(() => import('./notifications-page.tsx'), 'NotificationsPage'),
});

// The notification settings: /account/notifications.
const notificationSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account/notifications',
  component: lazyRouteComponent(() => import('./notification-settings-page.tsx'), 'NotificationSettingsPage'),
});

export const notificationRoutes = [notificationsRoute, notificationSettingsRoute] as const;
