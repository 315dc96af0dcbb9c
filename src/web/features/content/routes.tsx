// The pages of an organisation's content: /content (tree), /content/new, /content/status,
// /content/pages/$id (edit) and /content/pages/$id/history.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../root-route.tsx';
import { TRANSLATION_STATUSES } from './content-types.ts';
import { isLanguageTag } from './languages.ts';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const language = (value: unknown) => {
  const tag = text(value);
  return tag && isLanguageTag(tag) ? tag : undefined;
};
const number = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export interface StatusSearch {
  status?: string | undefined;
  language?: string | undefined;
}

export interface HistorySearch {
  language?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

const contentPagesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content',
  component: lazyRouteComponent(() => import('./pages-page.tsx'), 'ContentPagesPage'),
});
const newContentPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/new',
  component: lazyRouteComponent(() => import('./new-page-page.tsx'), 'NewContentPage'),
  validateSearch: (search: Record<string, unknown>): { parent?: string | undefined } => ({
    parent: text(search.parent),
  }),
});
const contentStatusRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/status',
  component: lazyRouteComponent(() => import('./status-page.tsx'), 'ContentStatusPage'),
  validateSearch: (search: Record<string, unknown>): StatusSearch => {
    const status = text(search.status);
    return {
      status: status && (TRANSLATION_STATUSES as readonly string[]).includes(status) ? status : undefined,
      language: language(search.language),
    };
  },
});
const editContentPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/pages/$id',
  component: lazyRouteComponent(() => import('./edit-page-page.tsx'), 'EditContentPage'),
  validateSearch: (search: Record<string, unknown>): { language?: string | undefined } => ({
    language: language(search.language),
  }),
});
const contentHistoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/content/pages/$id/history',
  component: lazyRouteComponent(() => import('./history-page.tsx'), 'ContentHistoryPage'),
  validateSearch: (search: Record<string, unknown>): HistorySearch => ({
    language: language(search.language),
    from: number(search.from),
    to: number(search.to),
  }),
});

export const contentRoutes = [
  contentPagesRoute,
  newContentPageRoute,
  contentStatusRoute,
  editContentPageRoute,
  contentHistoryRoute,
] as const;
