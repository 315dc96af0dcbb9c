import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { pageFrame } from '../../../platform/web-pages/frame.ts';
import { html } from '../../../platform/web-pages/html.ts';
import { openGraph } from '../../../platform/web-pages/meta.ts';
import type { WebShell } from '../../../platform/web-pages/shell.ts';
import { pageLanguage, pageTexts } from '../../../platform/web-pages/texts.ts';
import { loadEvent } from '../access.ts';
import { SIGNED_OUT } from '../policy.ts';
import { eventDetail } from '../views.ts';
import { describeEvent, eventArticle } from './event-html.ts';

// `GET /events/:id` outside /api. A signed-out reader of a public event gets its page as HTML (search
// engines, link previews, screen readers with scripts off), with the event's answer for the app's
// cache, so the app shows the same page at once when its scripts run. Everyone else, and every other
// event, gets the app's shell: the app asks the API, which keeps the walls (404 for who may not see it).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_PAGE_MODULE = 'src/web/features/events/event-page.tsx';
/** The query key under which the web app keeps an event (queries.ts `eventKey`). */
const eventKey = (id: string) => ['events', 'detail', id] as const;

export async function eventPageRoutes(app: FastifyInstance, deps: Deps, shell: WebShell) {
  const publicUrl = deps.config.publicUrl;
  app.get<{ Params: { id: string } }>('/events/:id', { schema: { hide: true } }, async (request, reply) => {
    const language = pageLanguage(request);
    const texts = pageTexts(language);
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'cookie, accept-encoding');
    const appPage = () =>
      shell.page({
        language,
        title: `${texts.t('events.list.title')} – ${texts.t('app.name')}`,
        description: texts.t('events.list.lead'),
      });
    const { id } = request.params;
    if (request.principal || !UUID.test(id)) return reply.send(appPage());
    const row = await loadEvent(deps.db, id.toLowerCase());
    if (row?.visibility !== 'public') return reply.send(appPage());
    const event = await eventDetail(deps.db, row, SIGNED_OUT);
    const url = `${publicUrl}/events/${event.id}`;
    const description = describeEvent(texts, event);
    return reply.send(
      shell.page({
        language,
        title: `${event.title} – ${texts.t('events.list.title')} – ${texts.t('app.name')}`,
        description,
        head: html`${openGraph({ url, title: event.title, description, type: 'website' })}
    <link rel="alternate" type="text/calendar" href="${publicUrl}/api/events/${event.id}/calendar.ics" />`,
        modules: [EVENT_PAGE_MODULE],
        body: pageFrame(texts, { current: null, signInNext: `/events/${event.id}`, main: eventArticle(texts, event) }),
        preload: [{ key: eventKey(event.id), json: JSON.stringify(event) }],
      }),
    );
  });
}
