import { MEETING_LIMITS } from '../../../shared/contracts/meetings.ts';

/** Whether one more connection fits into the mesh: at most 4 with video, at most 6 in all. */
export function fitsMesh(present: ReadonlyArray<{ video: boolean }>, wantsVideo: boolean): boolean {
  if (present.length >= MEETING_LIMITS.audioOnly) return false;
  if (!wantsVideo) return true;
  return present.filter((p) => p.video).length < MEETING_LIMITS.video;
}

/** The meeting notes are written by those who took part. */
export function canWriteNotes(tookPart: boolean): boolean {
  return tookPart;
}

/** A meeting is ended by whoever started it or is in it; others just leave. */
export function canEndMeeting(meeting: { createdBy: string }, personId: string, isIn: boolean): boolean {
  return isIn || meeting.createdBy === personId;
}

/** Joining is possible until the meeting has ended. */
export function canJoin(status: string): boolean {
  return status === 'live' || status === 'scheduled';
}
