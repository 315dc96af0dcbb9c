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

  it('lists a session’s uploaded files with download links, escaped, and not those of a non-public event', async () => {
    const pdf = Buffer.from('%PDF-1.7\nFolien\n%%EOF\n');
    const attach = async (eventId: string, sessionId: string, name: string) => {
      const res = await t.request({
        method: 'POST',
        url: `/api/events/${eventId}/sessions/${sessionId}/files?name=${encodeURIComponent(name)}`,
        cookie: w.organiser.cookie,
        headers: { 'content-type': 'application/pdf' },
        payload: pdf,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { href: string };
    };
    const event = await createdEvent(t, w.organiser, { visibility: 'public' });
    const session = (
      await send(t, w.organiser, 'POST', `/api/events/${event.id}/sessions`, sessionInput({ title: 'Mit Folien' }))
    ).json() as { id: string };
    const file = await attach(event.id, session.id, 'Folien & Ergebnisse.pdf');
    const res = await pages.inject({ method: 'GET', url: `/events/${event.id}` });
    expect(res.body).toContain(`<a class="kern-link" href="${file.href}" download>Folien &amp; Ergebnisse.pdf</a>`);
    expect(res.body).toContain('(PDF, 0,1 MB)');
    expect((await send(t, null, 'GET', file.href)).statusCode).toBe(200);

    const hidden = await createdEvent(t, w.organiser, { visibility: 'platform' });
    const hiddenSession = (
      await send(t, w.organiser, 'POST', `/api/events/${hidden.id}/sessions`, sessionInput())
    ).json() as { id: string };
    const hiddenFile = await attach(hidden.id, hiddenSession.id, 'Intern-Folien.pdf');
    const shell = await pages.inject({ method: 'GET', url: `/events/${hidden.id}` });
    expect(shell.body).not.toContain('Intern-Folien.pdf');
    expect(shell.body).not.toContain(hiddenFile.href);
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
