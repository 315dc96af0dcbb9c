// The projects of workspaces: /workspaces/$id/projects (a workspace's projects), /projects/$id (a
// project's overview with its health), …/board and …/list (its tasks), …/timeline (its schedule),
// …/tasks/$taskId (one task, the link mentions in comments lead to), /me/tasks (my tasks across all
// workspaces) and /portfolio (the projects of an alliance, an organisation or a workspace).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';
import { parsePortfolioSearch } from './portfolio/portfolio-search.ts';
import { parseListSearch, parseMyTasksSearch } from './tasks/list-search.ts';
import { parseTimelineSearch } from './timeline/timeline-search.ts';

const workspaceProjectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/workspaces/$id/projects',
  component: lazyRouteComponent(() => import('./workspace/workspace-projects-page.tsx'), 'WorkspaceProjectsPage'),
});
const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id',
  component: lazyRouteComponent(() => import('./project/project-page.tsx'), 'ProjectPage'),
});
const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id/board',
  component: lazyRouteComponent(() => import('./board/board-page.tsx'), 'BoardPage'),
});
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id/list',
  component: lazyRouteComponent(() => import('./tasks/task-list-page.tsx'), 'TaskListPage'),
  validateSearch: parseListSearch,
});
const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id/timeline',
  component: lazyRouteComponent(() => import('./timeline/timeline-page.tsx'), 'TimelinePage'),
  validateSearch: parseTimelineSearch,
});
const taskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$id/tasks/$taskId',
  component: lazyRouteComponent(() => import('./tasks/task-page.tsx'), 'TaskPage'),
});
const myTasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/me/tasks',
  component: lazyRouteComponent(() => import('./tasks/my-tasks-page.tsx'), 'MyTasksPage'),
  validateSearch: parseMyTasksSearch,
});
const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolio',
  component: lazyRouteComponent(() => import('./portfolio/portfolio-page.tsx'), 'PortfolioPage'),
  validateSearch: parsePortfolioSearch,
});

export const projectRoutes = [
  workspaceProjectsRoute,
  projectRoute,
  boardRoute,
  listRoute,
  timelineRoute,
  taskRoute,
  myTasksRoute,
  portfolioRoute,
] as const;
