// The notifications page: /notifications.
export const notificationRoutes = [] as const;
