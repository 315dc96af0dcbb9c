import { WebSocket } from 'ws';

/** A message the gateway sent, parsed. */
export type WireMessage = { type: string; id?: string; position?: number } & Record<string, unknown>;

/**
 * A real WebSocket client for tests: collects every message and waits for the ones a test expects.
 * (Test helper; not used by the server.)
 */
export interface TestSocket {
  messages: WireMessage[];
  /** Resolves with the close code once the server (or the test) closed the socket. */
  closed: Promise<number>;
  /** Resolves with the first message (already received or yet to come) that matches. */
  next(match: (m: WireMessage) => boolean, timeoutMs?: number): Promise<WireMessage>;
  send(message: unknown): void;
  /** Sends a text frame as it is (for frames that are not JSON, or not what JSON.stringify makes). */
  sendRaw(text: string): void;
  close(): Promise<void>;
}

/** Opens `ws://…/api/realtime` with the cookie and waits for the server's hello. */
export async function openSocket(
  baseUrl: string,
  options: { cookie?: string; origin?: string } = {},
): Promise<TestSocket> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/realtime`, { headers });
  const messages: WireMessage[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const socket: TestSocket = {
    messages,
    closed,
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    send(message) {
      ws.send(JSON.stringify(message));
    },
    sendRaw(text) {
      ws.send(text);
    },
    close() {
      if (ws.readyState === ws.CLOSED) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      });
    },
  };
  await socket.next((m) => m.type === 'hello');
  return socket;
}

/** The status code with which the server refused a handshake (fails if it accepted). */
export function refusedHandshake(
  baseUrl: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string | undefined; body: string }> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/realtime`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.close();
      reject(new Error('the handshake was accepted'));
    });
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body }));
    });
    ws.once('error', (err) => reject(err));
  });
}
