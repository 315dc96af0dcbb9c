import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  AttendeeList,
  CancelEventInput,
  EventDetail,
  EventInput,
  EventList,
  EventListQuery,
  MyRegistration,
  RegisterInput,
  RegistrationList,
} from '../../../shared/contracts/events.ts';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { loadEvent, loadViewer, managedEvent, visibleEvent } from './access.ts';
import { attendeeList, registrationList } from './attendees.ts';
import { calendarRoutes } from './calendar/calendar-routes.ts';
import { actorOf } from './commands/actor.ts';
import { cancelEvent } from './commands/cancel-event.ts';
import { cancelRegistration, register } from './commands/register.ts';
import { createEvent, updateEvent } from './commands/save-event.ts';
import { sessionFileRoutes } from './files/file-routes.ts';
import { eventMail, recipientsOf, sendAll } from './notices.ts';
import { listEvents } from './queries.ts';
import { startEventReminders } from './reminders.ts';
import { sessionRoutes } from './session-routes.ts';
import { eventDetail, eventSummaries } from './views.ts';

const tags = ['events'];

/**
 * Events (Veranstaltungen): the dialogue forum and every smaller meeting. Whoever may not see an event
 * gets 404 on every route about it; organisers' routes answer 403 to others who see it.
 */
export async function eventRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  let reminders: { stop(): Promise<void> } | undefined;
  // Not in tests: test apps share one database on PostgreSQL, and a timer of one would send another's
  // reminders; the tests call sendDueReminders themselves.
  app.addHook('onReady', async () => {
    if (deps.config.environment !== 'test') reminders = startEventReminders(deps, app.log);
  });
  app.addHook('onClose', async () => reminders?.stop());

  /** Tells people who moved up from the waitlist by mail (they were told in the app in the transaction). */
  const mailMovedUp = async (eventId: string, personIds: string[]) => {
    if (personIds.length === 0) return;
    const event = await loadEvent(deps.db, eventId);
    if (!event) return;
    const recipients = await recipientsOf(deps.db, personIds);
    await sendAll(
      deps,
      [...recipients.values()].map((to) => eventMail('moved-up', to, event, deps.config.publicUrl)),
      app.log,
    );
  };

  r.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'Upcoming or past events the reader may see (public ones signed out); mine: those I registered for',
        querystring: EventListQuery,
        response: { 200: EventList, ...problems(400) },
      },
    },
    async (request) => {
      const viewer = await loadViewer(deps.db, request.principal?.personId ?? null);
      const limit = request.query.limit ?? 50;
      const rows = await listEvents(deps.db, viewer, {
        when: request.query.when ?? 'upcoming',
        mine: request.query.mine ?? false,
        limit,
        offset: request.query.offset ?? 0,
      });
      return { items: await eventSummaries(deps.db, rows.slice(0, limit), viewer), hasMore: rows.length > limit };
    },
  );

  r.post(
    '/events',
    {
      schema: {
        tags,
        summary: 'Create an event, organised by my organisation (and the organisations named)',
        body: EventInput,
        response: { 201: EventDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const detail = await createEvent(deps, actorOf(request.principal, request.ip), request.body);
      return reply.code(201).send(detail);
    },
  );

  r.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'An event with its agenda, counts and my registration',
        params: IdParams,
        response: { 200: EventDetail, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await loadViewer(deps.db, request.principal?.personId ?? null);
      const event = await visibleEvent(deps.db, request.params.id, viewer);
      return eventDetail(deps.db, event, viewer);
    },
  );

  r.put(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'Change an event (organisers); calendars follow by its sequence',
        params: IdParams,
        body: EventInput,
        response: { 200: EventDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { detail, movedUp } = await updateEvent(
        deps,
        actorOf(request.principal, request.ip),
        request.params.id,
        request.body,
      );
      await mailMovedUp(request.params.id, movedUp);
      return detail;
    },
  );

  r.post(
    '/events/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Call the whole event off (organisers); everyone registered or waiting is told',
        params: IdParams,
        body: CancelEventInput,
        response: { 200: EventDetail, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = actorOf(request.principal, request.ip);
      const cancelled = await cancelEvent(deps, actor, request.params.id, request.body.reason);
      const recipients = await recipientsOf(deps.db, cancelled.told);
      const notice = { id: request.params.id, ...cancelled, cancelReason: request.body.reason.trim() };
      await sendAll(
        deps,
        [...recipients.values()].map((to) => eventMail('event-cancelled', to, notice, deps.config.publicUrl)),
        app.log,
      );
      const viewer = await loadViewer(deps.db, actor.personId);
      return eventDetail(deps.db, await visibleEvent(deps.db, request.params.id, viewer), viewer);
    },
  );

  r.put(
    '/events/:id/registration',
    {
      schema: {
        tags,
        summary: 'Register for an event, or change my answers and whether I am listed (a full event: the waitlist)',
        params: IdParams,
        body: RegisterInput,
        response: { 200: MyRegistration, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => register(deps, actorOf(request.principal, request.ip), request.params.id, request.body),
  );

  r.delete(
    '/events/:id/registration',
    {
      schema: {
        tags,
        summary: 'Cancel my registration; the first on the waitlist moves up and is told',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { movedUp } = await cancelRegistration(deps, actorOf(request.principal, request.ip), request.params.id);
      await mailMovedUp(request.params.id, movedUp);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/events/:id/attendees',
    {
      schema: {
        tags,
        summary: 'Who comes: only the registered people who agreed to be listed',
        params: IdParams,
        response: { 200: AttendeeList, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await loadViewer(deps.db, request.principal?.personId ?? null);
      await visibleEvent(deps.db, request.params.id, viewer);
      return attendeeList(deps.db, request.params.id);
    },
  );

  r.get(
    '/events/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Every registration with its answers and the waitlist (organisers only)',
        params: IdParams,
        response: { 200: RegistrationList, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = await loadViewer(deps.db, requirePrincipal(request).personId);
      await managedEvent(deps.db, request.params.id, viewer);
      return registrationList(deps.db, request.params.id);
    },
  );

  await sessionRoutes(app, deps);
  await sessionFileRoutes(app, deps);
  await calendarRoutes(app, deps);
}
