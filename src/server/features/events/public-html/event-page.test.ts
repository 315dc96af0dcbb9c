import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWebShell } from '../../../platform/web-pages/shell.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { createdEvent, type EventWorld, eventWorld, send, sessionInput } from '../event-fixtures.ts';
import { eventPageRoutes } from './event-page.ts';

// The page is mounted by web-pages.ts in the app; here on a server of its own, signed out.

let t: TestApp;
let w: EventWorld;
const pages = Fastify();

beforeAll(async () => {
  t = await buildTestApp();
  w = await eventWorld(t);
  await pages.register(cookie);
  await eventPageRoutes(pages, t.deps, loadWebShell(fakeWebDist()));
  await pages.ready();
});

describe('the public event page without JavaScript', () => {
  it('renders a public event with its agenda for signed-out readers, with the answer for the app', async () => {
    const event = await createdEvent(t, w.organiser, { title: 'Dialogforum <offen>', visibility: 'public' });
    await send(
      t,
      w.organiser,
      'POST',
      `/api/events/${event.id}/sessions`,
      sessionInput({ title: 'Eröffnung & Rückblick' }),
    );
    const res = await pages.inject({ method: 'GET', url: `/events/${event.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain(
      '<h1 class="kern-heading-large" tabindex="-1" data-page-title="">Dialogforum &lt;offen&gt;</h1>',
    );
    expect(res.body).toContain('Eröffnung &amp; Rückblick');
    expect(res.body).toContain(`/api/events/${event.id}/calendar.ics`);
    expect(res.body).toContain('allmende-preload');
    expect(res.body).not.toContain('<offen>');
    const english = await pages.inject({
      method: 'GET',
      url: `/events/${event.id}`,
      headers: { cookie: 'allmende_language=en' },
    });
    expect(english.body).toContain('Agenda');
  });

  it('gives the app’s empty shell for events that are not public, unknown IDs and other paths', async () => {
    const hidden = await createdEvent(t, w.organiser, { title: 'Nur intern hier', visibility: 'platform' });
    for (const url of [`/events/${hidden.id}`, '/events/new', '/events/01900000-0000-7000-8000-000000000000']) {
      const res = await pages.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('Nur intern hier');
      expect(res.body).not.toContain('allmende-preload');
    }
  });
});
