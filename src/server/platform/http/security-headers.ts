import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/** The settings the security headers depend on. */
export interface SecurityHeaderSettings {
  mapTileUrl: string | null | undefined;
  environment: string;
  /** A configured media server for meetings (LiveKit), which browsers connect to over WebSocket and HTTPS. */
  media?: { livekit?: { url: string } | undefined } | undefined;
}

/** The origins of a LiveKit server as its client reaches them: `wss://` for signalling, `https://` for its checks. */
function mediaServerOrigins(settings: SecurityHeaderSettings): string[] {
  const url = settings.media?.livekit?.url;
  if (!url) return [];
  const socket = new URL(url);
  const web = new URL(url);
  web.protocol = socket.protocol === 'ws:' ? 'http:' : 'https:';
  return [`${socket.protocol}//${socket.host}`, web.origin];
}

/** Header name → value, as every answer carries them. */
export type HeaderList = ReadonlyArray<readonly [string, string]>;

/**
 * The security headers of every answer, computed once from helmet: the same-origin Content Security
 * Policy and the rest. They are fixed for the process (no nonces), so the same list serves normal
 * answers, error answers that bypass the hooks (a bad URL) and the raw answers to unparseable requests.
 */
export function securityHeaders(settings: SecurityHeaderSettings): HeaderList {
  // The CSP keeps every request on the platform's own origin: no CDN, no tiles, no fonts from
  // elsewhere (privacy officers rely on it); inline styles are allowed for the SVG map and React style props.
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Only an admin's MAP_TILE_URL opens one outside origin, for the atlas map's tiles.
        imgSrc: ["'self'", 'data:', 'blob:', ...(settings.mapTileUrl ? [new URL(settings.mapTileUrl).origin] : [])],
        fontSrc: ["'self'"],
        // Only an admin's LIVEKIT_URL opens one outside origin, for meetings on that media server.
        connectSrc: ["'self'", ...mediaServerOrigins(settings)],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: settings.environment === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: settings.environment === 'production',
  });
  const headers: [string, string][] = [];
  const collector = {
    setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  let failure: unknown;
  middleware({} as IncomingMessage, collector as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return headers;
}

/** Sets the headers on a Node response (before its head is written). */
export function applyHeaders(response: ServerResponse, headers: HeaderList): void {
  for (const [name, value] of headers) response.setHeader(name, value);
}
