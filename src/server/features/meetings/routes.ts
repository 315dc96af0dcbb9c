import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ConnectionAnswer,
  ConnectionBody,
  HandBody,
  JoinAnswer,
  JoinMeetingBody,
  MEETING_LIMITS,
  MediaBody,
  Meeting,
  MeetingList,
  NotesBody,
  StartMeetingBody,
} from '../../../shared/contracts/meetings.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { requireReadable } from '../chat/access.ts';
import { chatActorOf } from '../chat/actor.ts';
import { requireMeeting } from './access.ts';
import { endMeetingCommand } from './commands/end-meeting.ts';
import { joinMeetingCommand } from './commands/join-meeting.ts';
import { leaveMeetingCommand } from './commands/leave-meeting.ts';
import { saveNotesCommand } from './commands/save-notes.ts';
import { startMeetingCommand } from './commands/start-meeting.ts';
import { updateStayCommand } from './commands/update-stay.ts';
import { invitationOf } from './invitation.ts';
import { connectionFor } from './media-connection.ts';
import { fitsMesh } from './policy.ts';
import { channelMeetings, presentParticipants } from './queries.ts';
import { meetingView, meetingViews } from './views.ts';

const tags = ['meetings'];
const LIST_LIMIT = 20;

/** Video meetings: start, join, leave, hand, camera, end, notes, the media connection and the invitation. */
export async function meetingRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/meetings',
    {
      schema: {
        tags,
        summary:
          'Start a meeting in a channel, conversation or project channel (posts its live card); with scheduledFor it waits until then',
        body: StartMeetingBody,
        response: { 201: Meeting, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startMeetingCommand(deps, chatActorOf(request), request.body)),
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting: who is in, who took part, notes',
        params: IdParams,
        response: { 200: Meeting, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { meeting, channel } = await requireMeeting(deps.db, request.params.id, chatActorOf(request).personId);
      return meetingView(deps.db, meeting, channel.channel.workspaceId);
    },
  );

  app.get(
    '/channels/:id/meetings',
    {
      schema: {
        tags,
        summary: `A channel’s meetings: live and scheduled first, then the last ended ones (at most ${LIST_LIMIT})`,
        params: IdParams,
        response: { 200: MeetingList, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const access = await requireReadable(deps.db, request.params.id, chatActorOf(request).personId);
      const rows = await channelMeetings(deps.db, request.params.id, LIST_LIMIT);
      return { items: await meetingViews(deps.db, rows, access.channel.workspaceId) };
    },
  );

  app.get(
    '/meetings/:id/connection',
    {
      schema: {
        tags,
        summary:
          'What a browser about to join needs for its media: the mesh with its ICE servers, or a media server (LiveKit, Jitsi)',
        params: IdParams,
        querystring: Type.Object({ video: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: ConnectionAnswer, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = chatActorOf(request);
      const { meeting } = await requireMeeting(deps.db, request.params.id, actor.personId);
      const present = await presentParticipants(deps.db, meeting.id);
      const video = request.query.video ?? true;
      const ask = (overMesh: boolean) =>
        connectionFor(deps.config, {
          meetingId: meeting.id,
          person: { id: actor.personId, name: actor.name },
          overMesh,
          video,
          current: meeting.mediaMode,
          starter: meeting.createdBy === actor.personId,
        });
      // A full mesh still answers the mesh's settings (the pre-join screen shows them); joining says it is full.
      const connection = (await ask(!fitsMesh(present, video))) ?? (await ask(false));
      if (!connection) throw notFound('Meeting');
      return { connection, limits: { video: MEETING_LIMITS.video, audioOnly: MEETING_LIMITS.audioOnly } };
    },
  );

  app.post(
    '/meetings/:id/join',
    {
      schema: {
        tags,
        summary: `Join with a realtime connection (at most ${MEETING_LIMITS.video} with video, ${MEETING_LIMITS.audioOnly} in all without a media server: 409 meeting-full)`,
        params: IdParams,
        body: JoinMeetingBody,
        response: { 200: JoinAnswer, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => joinMeetingCommand(deps, chatActorOf(request), request.params.id, request.body),
  );

  app.post(
    '/meetings/:id/leave',
    {
      schema: {
        tags,
        summary: 'Leave with a connection; the last one out ends the meeting',
        params: IdParams,
        body: ConnectionBody,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await leaveMeetingCommand(deps, chatActorOf(request), request.params.id, request.body.connectionId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/meetings/:id/hand',
    {
      schema: {
        tags,
        summary: 'Raise or lower a hand',
        params: IdParams,
        body: HandBody,
        response: { 200: Meeting, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) =>
      updateStayCommand(deps, chatActorOf(request), request.params.id, {
        connectionId: request.body.connectionId,
        handRaised: request.body.raised,
      }),
  );

  app.put(
    '/meetings/:id/media',
    {
      schema: {
        tags,
        summary: 'Camera on or off (on counts against the video limit)',
        params: IdParams,
        body: MediaBody,
        response: { 200: Meeting, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) =>
      updateStayCommand(deps, chatActorOf(request), request.params.id, {
        connectionId: request.body.connectionId,
        video: request.body.video,
      }),
  );

  app.post(
    '/meetings/:id/end',
    {
      schema: {
        tags,
        summary: 'End the meeting for everyone (its starter or someone in it)',
        params: IdParams,
        response: { 200: Meeting, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => endMeetingCommand(deps, chatActorOf(request), request.params.id),
  );

  app.put(
    '/meetings/:id/notes',
    {
      schema: {
        tags,
        summary: 'The meeting’s notes (anyone who took part)',
        params: IdParams,
        body: NotesBody,
        response: { 200: Meeting, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => saveNotesCommand(deps, chatActorOf(request), request.params.id, request.body.notes),
  );

  app.get(
    '/meetings/:id/invitation.ics',
    {
      schema: {
        tags,
        summary: 'A scheduled meeting as an iCalendar invitation',
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: Type.String(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { meeting } = await requireMeeting(deps.db, request.params.id, chatActorOf(request).personId);
      const ics = invitationOf(deps.config.publicUrl, meeting);
      if (!ics) throw notFound('Invitation');
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'attachment; filename="besprechung.ics"');
      return ics;
    },
  );
}
