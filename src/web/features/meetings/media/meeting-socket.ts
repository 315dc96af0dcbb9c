import type { Meeting, SignalData } from '../../../../shared/contracts/meetings.ts';

export interface IncomingSignal {
  meetingId: string;
  from: string;
  fromPersonId: string;
  signal: SignalData;
}

/**
 * The meeting's own realtime socket: its `connectionId` (from the server's hello) is this browser's
 * seat in the meeting, signalling is addressed to it, and the server lets the seat go when the socket
 * closes. Kept apart from the app's socket, whose reconnects would otherwise change the seat.
 */
export class MeetingSocket {
  private socket: WebSocket | null = null;
  private signalHandlers = new Set<(signal: IncomingSignal) => void>();
  private meetingHandlers = new Set<(meeting: Meeting) => void>();
  private closeHandlers = new Set<() => void>();
  connectionId = '';

  /** Opens the socket and resolves with its connection ID once the server said hello. */
  open(url = defaultUrl()): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      this.socket = socket;
      const timer = setTimeout(() => reject(new Error('no hello')), 10_000);
      socket.addEventListener('message', (event) => {
        let message: { type?: string; [key: string]: unknown };
        try {
          message = JSON.parse(String(event.data));
        } catch {
          return;
        }
        if (message.type === 'hello' && typeof message.connectionId === 'string') {
          clearTimeout(timer);
          this.connectionId = message.connectionId;
          resolve(message.connectionId);
        } else if (message.type === 'signal') {
          for (const handler of this.signalHandlers) handler(message as unknown as IncomingSignal);
        } else if (message.type === 'meeting.changed' && message.meeting) {
          for (const handler of this.meetingHandlers) handler(message.meeting as Meeting);
        }
      });
      socket.addEventListener('error', () => reject(new Error('socket failed')));
      socket.addEventListener('close', () => {
        clearTimeout(timer);
        for (const handler of this.closeHandlers) handler();
      });
    });
  }

  /** Sends a signalling message to one participant's connection; false while the socket is not open. */
  signal(meetingId: string, to: string, signal: SignalData): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify({ type: 'signal', meetingId, to, signal }));
    return true;
  }

  onSignal(handler: (signal: IncomingSignal) => void) {
    this.signalHandlers.add(handler);
    return () => void this.signalHandlers.delete(handler);
  }

  onMeeting(handler: (meeting: Meeting) => void) {
    this.meetingHandlers.add(handler);
    return () => void this.meetingHandlers.delete(handler);
  }

  onClose(handler: () => void) {
    this.closeHandlers.add(handler);
    return () => void this.closeHandlers.delete(handler);
  }

  close() {
    this.closeHandlers.clear();
    this.socket?.close(1000, 'left the meeting');
    this.socket = null;
  }
}

function defaultUrl() {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/realtime`;
}
