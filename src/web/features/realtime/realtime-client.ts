/** A message from `/api/realtime`: `{type, …payload, id, position, at}`, or a control message. */
export interface RealtimeMessage {
  type: string;
  position?: number;
  [key: string]: unknown;
}

interface RealtimeOptions {
  onMessage: (message: RealtimeMessage) => void;
  /** Told when the server could not replay what we missed; everything should be refetched. */
  onResync: () => void;
  url?: string;
}

const MIN_DELAY = 1_000;
const MAX_DELAY = 30_000;

/**
 * Keeps one WebSocket to `/api/realtime` open while started. It reconnects with exponential
 * backoff (with jitter, so many browsers do not return at once) and asks for what it missed by
 * sending `{type:'resume', after}` with the last position it saw.
 */
export class RealtimeClient {
  private socket: WebSocket | null = null;
  private lastPosition: number | null = null;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private presence: 'online' | 'away' | null = null;

  constructor(private readonly options: RealtimeOptions) {}

  start() {
    if (this.running) return;
    this.running = true;
    this.connect();
  }

  stop() {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'signed out');
  }

  /** Sends a message if the socket is open (typing, presence); answers whether it went out. */
  send(message: { type: string; [key: string]: unknown }): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Says whether the person is here or away, now and again after every reconnect (the server then sends who else is there). */
  setPresence(status: 'online' | 'away') {
    this.presence = status;
    this.send({ type: 'presence', status });
  }

  private url() {
    if (this.options.url) return this.options.url;
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${window.location.host}/api/realtime`;
  }

  private connect() {
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempts = 0;
      if (this.lastPosition !== null) socket.send(JSON.stringify({ type: 'resume', after: this.lastPosition }));
      if (this.presence) socket.send(JSON.stringify({ type: 'presence', status: this.presence }));
    });
    socket.addEventListener('message', (event) => {
      let message: RealtimeMessage;
      try {
        message = JSON.parse(String(event.data)) as RealtimeMessage;
      } catch {
        return;
      }
      if (typeof message.position === 'number') {
        // Replays may overlap with live events; each position is handled once.
        if (this.lastPosition !== null && message.position <= this.lastPosition) return;
        this.lastPosition = message.position;
      }
      if (message.type === 'resync') this.options.onResync();
      else if (message.type !== 'hello' && message.type !== 'pong' && message.type !== 'error')
        this.options.onMessage(message);
    });
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.socket = null;
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect() {
    if (!this.running || this.timer) return;
    const delay = Math.min(MAX_DELAY, MIN_DELAY * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.connect();
    }, delay);
  }
}
