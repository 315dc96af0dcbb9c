import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import {
  ListQuery,
  NotificationPage,
  NotificationSettings,
  NotificationSettingsInput,
  TAGS,
  UnreadCount,
} from './schema.ts';
import { listNotifications, readAllNotifications, readNotification, unreadCount } from './service.ts';
import { notificationSettingsOf, updateNotificationSettings } from './settings.ts';

export async function notificationRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/notifications',
    {
      schema: {
        tags: TAGS,
        summary: 'My notifications, newest first; `before` (the last ID of a page) fetches the next older page',
        querystring: ListQuery,
        response: { 200: NotificationPage, ...problems(400, 401) },
      },
    },
    async (request) => listNotifications(deps, requirePrincipal(request), request.query),
  );

  app.get(
    '/notifications/count',
    {
      schema: {
        tags: TAGS,
        summary: 'How many of my notifications are unread (the bell)',
        response: { 200: UnreadCount, ...problems(401) },
      },
    },
    async (request) => unreadCount(deps, requirePrincipal(request)),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: TAGS,
        summary: 'Mark all my notifications read',
        response: { 200: Type.Object({ marked: Type.Integer() }), ...problems(401) },
      },
    },
    async (request) => readAllNotifications(deps, requirePrincipal(request)),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: TAGS,
        summary: 'Mark one of my notifications read (404 for any other)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await readNotification(deps, requirePrincipal(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/notification-settings',
    {
      schema: {
        tags: TAGS,
        summary: 'My notification settings: per kind in the app and/or by mail, and how often the digest mail comes',
        response: { 200: NotificationSettings, ...problems(401) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      reply.header('cache-control', 'no-store');
      return notificationSettingsOf(deps, principal);
    },
  );

  app.put(
    '/me/notification-settings',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my notification settings; kinds left out keep their choice',
        body: NotificationSettingsInput,
        response: { 200: NotificationSettings, ...problems(400, 401) },
      },
    },
    async (request) => updateNotificationSettings(deps, requirePrincipal(request), request.body),
  );
}
