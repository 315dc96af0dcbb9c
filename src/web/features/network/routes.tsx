// The network's pages: people and the expert finder (profiles/), communities (communities/), questions
// and answers (questions/), moderation (moderation/) and wikis (wiki/); each concern declares its own.
import { communityRoutes } from './communities/routes.tsx';
import { moderationRoutes } from './moderation/routes.tsx';
import { profileRoutes } from './profiles/routes.tsx';
import { questionRoutes } from './questions/routes.tsx';
import { wikiRoutes } from './wiki/routes.tsx';

export const networkRoutes = [
  ...profileRoutes,
  ...communityRoutes,
  ...questionRoutes,
  ...moderationRoutes,
  ...wikiRoutes,
];

export { profileAdminRoutes as networkAdminRoutes } from './profiles/routes.tsx';
