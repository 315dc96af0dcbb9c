import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { EventFeed } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { loadViewer, visibleEvent } from '../access.ts';
import { sessionsOf } from '../queries.ts';
import { SessionParams } from '../session-routes.ts';
import { eventEntry, feedEntries, sessionEntry } from './entries.ts';
import {
  eventFeedOf,
  FEED_TOKEN_PATTERN,
  newEventFeedToken,
  personOfEventFeed,
  revokeEventFeed,
} from './feed-token.ts';
import { icsOf } from './ics.ts';

const tags = ['events'];
const FeedParams = Type.Object({
  file: Type.String({ maxLength: 60, pattern: `${FEED_TOKEN_PATTERN.slice(0, -1)}\\.ics$` }),
});
const Ics = Type.Unsafe<string>({ type: 'string' });

function sendIcs(reply: FastifyReply, ics: string, file: string | null, cache: string) {
  reply.type('text/calendar; charset=utf-8').header('cache-control', cache).header('x-robots-tag', 'noindex');
  if (file) reply.header('content-disposition', `attachment; filename="${file}"`);
  return reply.send(ics);
}

/** Each event and session as iCalendar, and each person's secret address of the events they registered for. */
export async function calendarRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const publicUrl = deps.config.publicUrl;
  const feedUrl = (token: string) => `${publicUrl}/api/event-feeds/${token}.ics`;

  r.get(
    '/events/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'An event as iCalendar (behind the event’s walls)',
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: Ics, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const viewer = await loadViewer(deps.db, request.principal?.personId ?? null);
      const event = await visibleEvent(deps.db, request.params.id, viewer);
      const cache = event.visibility === 'public' ? 'no-cache' : 'private, no-store';
      return sendIcs(reply, icsOf(publicUrl, event.title, [eventEntry(publicUrl, event)]), 'veranstaltung.ics', cache);
    },
  );

  r.get(
    '/events/:id/sessions/:sessionId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'A session of an event as iCalendar (behind the event’s walls)',
        params: SessionParams,
        produces: ['text/calendar'],
        response: { 200: Ics, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const viewer = await loadViewer(deps.db, request.principal?.personId ?? null);
      const event = await visibleEvent(deps.db, request.params.id, viewer);
      const session = (await sessionsOf(deps.db, event.id)).find((s) => s.id === request.params.sessionId);
      if (!session) throw notFound('Session');
      const cache = event.visibility === 'public' ? 'no-cache' : 'private, no-store';
      return sendIcs(
        reply,
        icsOf(publicUrl, session.title, [sessionEntry(publicUrl, event, session)]),
        'programmpunkt.ics',
        cache,
      );
    },
  );

  r.get(
    '/me/event-feed',
    {
      schema: {
        tags,
        summary:
          'Whether I have a calendar subscription of my events, since when (the address is shown only when made)',
        response: { 200: EventFeed, ...problems(401) },
      },
    },
    async (request) => {
      const feed = await eventFeedOf(deps.db, requirePrincipal(request).personId);
      return { url: null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  r.post(
    '/me/event-feed',
    {
      schema: {
        tags,
        summary: 'Make the secret address of my events, or a new one (the one before stops working)',
        response: { 201: EventFeed, ...problems(401) },
      },
    },
    async (request, reply) => {
      const { token, createdAt } = await newEventFeedToken(deps.db, requirePrincipal(request).personId);
      return reply.code(201).send({ url: feedUrl(token), createdAt: createdAt.toISOString() });
    },
  );

  r.delete(
    '/me/event-feed',
    {
      schema: { tags, summary: 'Revoke the address of my events', response: { 204: Type.Null(), ...problems(401) } },
    },
    async (request, reply) => {
      await revokeEventFeed(deps.db, requirePrincipal(request).personId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/event-feeds/:file',
    {
      schema: {
        tags,
        summary: 'The events a person registered for, as iCalendar (by the secret address)',
        params: FeedParams,
        produces: ['text/calendar'],
        response: { 200: Ics, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const personId = await personOfEventFeed(deps.db, request.params.file.slice(0, -'.ics'.length));
      if (!personId) throw notFound('Calendar');
      const entries = await feedEntries(deps.db, publicUrl, personId);
      return sendIcs(reply, icsOf(publicUrl, 'Allmende – Veranstaltungen', entries), null, 'private, no-store');
    },
  );
}
