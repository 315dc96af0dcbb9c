import type { FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import { atlasListPageRoutes } from './features/atlas/public-html/list-page.ts';
import { recordPageRoutes } from './features/atlas/public-html/record-page.ts';
import { contentPageRoutes } from './features/content/public/html-routes.ts';
import { eventPageRoutes } from './features/events/public-html/event-page.ts';
import { organisationPageRoutes } from './features/organisations/public-html/public-html.ts';
import { loadWebShell } from './platform/web-pages/shell.ts';

/**
 * The public pages the server renders itself (outside /api), in the web app's index.html: published
 * atlas records, the atlas list, the directory, organisation profiles, published content pages and public events.
 * Every other path gets index.html as it is (the not-found handler), and the app's router shows the page.
 */
export async function webPageRoutes(app: FastifyInstance, deps: Deps) {
  const shell = loadWebShell(deps.config.webDist);
  await recordPageRoutes(app, deps, shell);
  await atlasListPageRoutes(app, deps, shell);
  await organisationPageRoutes(app, deps, shell);
  await contentPageRoutes(app, deps, shell);
  await eventPageRoutes(app, deps, shell);
}
