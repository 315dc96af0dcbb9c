// The web app's questions pages of the network: /network/questions (the lists), /network/questions/new
// (ask) and /network/questions/$id (a question with its answers). Listed as a const tuple, so links
// stay typed.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../../root-route.tsx';
import { askSearchOf, questionSearchOf } from './question-search.ts';

const questionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/questions',
  component: lazyRouteComponent(() => import('./questions-page.tsx'), 'QuestionsPage'),
  validateSearch: questionSearchOf,
});
const askRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/questions/new',
  component: lazyRouteComponent(() => import('./ask-page.tsx'), 'AskPage'),
  validateSearch: askSearchOf,
});
const questionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network/questions/$id',
  component: lazyRouteComponent(() => import('./question-page.tsx'), 'QuestionPage'),
});

export const questionRoutes = [questionsRoute, askRoute, questionRoute] as const;
