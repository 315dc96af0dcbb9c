import { randomUUID } from 'node:crypto';
import type { JoinAnswer, Meeting } from '../../../shared/contracts/meetings.ts';
import type { TestPerson } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { ok } from '../chat/chat-fixtures.ts';

// Helpers for the meetings' tests: start a meeting in a channel, join with a made-up connection ID.

export async function startMeeting(
  t: TestApp,
  person: TestPerson,
  channelId: string,
  extra: Record<string, unknown> = {},
) {
  return ok<Meeting>(t, person, 'POST', '/api/meetings', { channelId, ...extra }, 201);
}

export async function join(
  t: TestApp,
  person: TestPerson,
  meetingId: string,
  video = true,
  connectionId: string = randomUUID(),
) {
  const answer = await ok<JoinAnswer>(t, person, 'POST', `/api/meetings/${meetingId}/join`, { connectionId, video });
  return { ...answer, connectionId };
}
