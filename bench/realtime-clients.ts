import { WebSocket } from 'ws';

// WebSocket clients of the realtime benchmark: they note when each benchmark message arrives, without
// parsing the JSON (thousands of clients on the benchmark's one core would measure the parser instead).

const MARKER = Buffer.from('"text":"bench:');

/** Connected clients and the arrival times of the messages they received. */
export interface ClientPool {
  size: number;
  /** Arrival times (performance.now()) per message number; one entry per client that received it. */
  arrivals: Map<number, number[]>;
  /** Messages of other types (presence, typing, …) that arrived, counted. */
  other: number;
  close(): Promise<void>;
}

function connectOne(url: string, cookie: string, origin: string, onMarker: (n: number) => void, onOther: () => void) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { cookie, origin }, perMessageDeflate: false });
    const timer = setTimeout(() => reject(new Error('handshake timed out')), 60_000);
    ws.on('message', (data: Buffer) => {
      const at = data.indexOf(MARKER);
      if (at < 0) return onOther();
      let n = 0;
      for (let i = at + MARKER.length; i < data.length; i += 1) {
        const c = data[i] as number;
        if (c < 48 || c > 57) break;
        n = n * 10 + (c - 48);
      }
      onMarker(n);
    });
    ws.once('open', () => {
      clearTimeout(timer);
      resolve(ws);
    });
    ws.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/**
 * Opens one socket per cookie (in batches, spread over the given servers) and waits until all are
 * open. Each socket's arrivals go into the pool.
 */
export async function connectClients(
  servers: string[],
  cookies: string[],
  origin: string,
  batch = 100,
): Promise<ClientPool> {
  const arrivals = new Map<number, number[]>();
  const pool: ClientPool = {
    size: 0,
    arrivals,
    other: 0,
    async close() {
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise<void>((resolve) => {
              if (ws.readyState === ws.CLOSED) return resolve();
              ws.once('close', () => resolve());
              ws.close();
              setTimeout(() => {
                ws.terminate();
                resolve();
              }, 5000).unref();
            }),
        ),
      );
    },
  };
  const onMarker = (n: number) => {
    const at = performance.now();
    const list = arrivals.get(n);
    if (list) list.push(at);
    else arrivals.set(n, [at]);
  };
  const onOther = () => {
    pool.other += 1;
  };
  const sockets: WebSocket[] = [];
  for (let i = 0; i < cookies.length; i += batch) {
    const opened = await Promise.all(
      cookies.slice(i, i + batch).map((cookie, j) => {
        const server = servers[(i + j) % servers.length] as string;
        return connectOne(`${server.replace(/^http/, 'ws')}/api/realtime`, cookie, origin, onMarker, onOther);
      }),
    );
    sockets.push(...opened);
  }
  pool.size = sockets.length;
  return pool;
}

/** The p-th percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
