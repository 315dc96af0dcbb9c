import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import ical from 'ical-generator';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { calendarEntries } from './calendar-events.ts';
import { feedOf, newFeedToken, personOfToken, revokeFeedToken, TOKEN_PATTERN } from './feed-token.ts';

const tags = ['projects'];
const CalendarFeed = Type.Object({
  /** The secret address; answered only when it is made (only its hash is kept). */
  url: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const FeedParams = Type.Object({ file: Type.String({ pattern: `${TOKEN_PATTERN.slice(0, -1)}\\.ics$` }) });
const FeedQuery = Type.Object(
  { project: Type.Optional(Type.String({ format: 'uuid', maxLength: 36 })) },
  { additionalProperties: false },
);

/**
 * Due dates and milestones as iCalendar, for Outlook and Thunderbird: each person has one secret
 * address (made, renewed and revoked here), which shows what they see in the app, all projects or one.
 */
export async function calendarRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const feedUrl = (token: string) => `${deps.config.publicUrl}/api/calendar/${token}.ics`;

  r.get(
    '/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether I have a calendar address, since when (the address itself is shown only when made)',
        response: { 200: CalendarFeed, ...problems(401) },
      },
    },
    async (request) => {
      const feed = await feedOf(deps.db, requirePrincipal(request).personId);
      return { url: null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  r.post(
    '/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Make my secret calendar address, or a new one (the one before stops working)',
        response: { 201: CalendarFeed, ...problems(401) },
      },
    },
    async (request, reply) => {
      const { token, createdAt } = await newFeedToken(deps.db, requirePrincipal(request).personId);
      return reply.code(201).send({ url: feedUrl(token), createdAt: createdAt.toISOString() });
    },
  );

  r.delete(
    '/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Revoke my calendar address',
        response: { 204: Type.Null(), ...problems(401) },
      },
    },
    async (request, reply) => {
      await revokeFeedToken(deps.db, requirePrincipal(request).personId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/calendar/:file',
    {
      schema: {
        tags,
        summary: 'A person’s due dates and milestones as iCalendar (by the secret address; project= for one project)',
        params: FeedParams,
        querystring: FeedQuery,
        produces: ['text/calendar'],
        response: { 200: Type.Unsafe({ type: 'string' }), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const token = request.params.file.slice(0, -'.ics'.length);
      const personId = await personOfToken(deps.db, token);
      if (!personId) throw notFound('Calendar');
      const entries = await calendarEntries(deps.db, personId, request.query.project);
      const calendar = ical({ name: 'Allmende', prodId: { company: 'Allmende', product: 'Projekte', language: 'DE' } });
      for (const entry of entries) {
        const day = new Date(`${entry.date}T00:00:00Z`);
        calendar.createEvent({
          id: entry.uid,
          start: day,
          allDay: true,
          summary: entry.summary,
          description: entry.description,
          url: `${deps.config.publicUrl}${entry.path}`,
        });
      }
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex')
        .send(calendar.toString());
    },
  );
}
