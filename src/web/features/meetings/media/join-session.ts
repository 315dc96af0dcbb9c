import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import { meetingApi } from '../queries.ts';
import { MeetingSocket } from './meeting-socket.ts';
import { createTransport, type MeetingTransport } from './transport.ts';

export interface MeetingSession {
  socket: MeetingSocket;
  transport: MeetingTransport;
  connectionId: string;
  meeting: Meeting;
  camera: MediaStream;
  video: boolean;
}

/** Figures for docs/benchmarks.md, read by the journeys: join click, first remote frame, signalling counts. */
export interface MeetingProbe {
  joinClickedAt: number | null;
  firstRemoteFrameAt: number | null;
  stats: () => { sent: number; received: number };
}

declare global {
  interface Window {
    allmendeMeeting?: MeetingProbe;
  }
}

export function probe(): MeetingProbe {
  window.allmendeMeeting ??= { joinClickedAt: null, firstRemoteFrameAt: null, stats: () => ({ sent: 0, received: 0 }) };
  return window.allmendeMeeting;
}

/**
 * Takes a seat: opens the meeting's socket, joins with its connection ID (a 409 when the mesh is full
 * is thrown to the pre-join screen) and starts the transport the server's answer calls for.
 */
export async function joinSession(meetingId: string, camera: MediaStream, video: boolean): Promise<MeetingSession> {
  const socket = new MeetingSocket();
  try {
    const connectionId = await socket.open();
    const answer = await meetingApi.join(meetingId, connectionId, video);
    const transport = await createTransport(answer.connection, { meetingId, socket });
    await transport.start({ camera });
    probe().stats = () => transport.stats();
    return { socket, transport, connectionId, meeting: answer.meeting, camera, video };
  } catch (err) {
    socket.close();
    throw err;
  }
}
