import { createServer, type Socket, connect as tcpConnect } from 'node:net';

/** A TCP proxy the test controls: the network between a server process and PostgreSQL or Redis. */
export interface TcpProxy {
  port: number;
  /** `target` seen through the proxy: the same URL with the proxy's host and port. */
  url(target: string): string;
  /** Drops every open connection and refuses new ones (they are accepted and closed at once) until `restore`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  const server = createServer((client) => {
    client.on('error', () => {});
    if (down) {
      client.destroy();
      return;
    }
    const upstream = tcpConnect(targetPort, targetHost);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forget = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        port,
        url(target) {
          const url = new URL(target);
          url.hostname = '127.0.0.1';
          url.port = String(port);
          return url.toString();
        },
        cut() {
          down = true;
          for (const [client, upstream] of pairs) {
            client.destroy();
            upstream.destroy();
          }
          pairs.clear();
        },
        restore() {
          down = false;
        },
        close() {
          down = true;
          for (const [client, upstream] of pairs) {
            client.destroy();
            upstream.destroy();
          }
          return new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}
