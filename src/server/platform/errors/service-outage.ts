// Errors that say a backing service (PostgreSQL, Redis) is unreachable or restarting, not that the
// request or our code is wrong: the driver's connection codes, the socket's, and PostgreSQL's SQLSTATE
// classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now).
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

// node-postgres says some of it in words only.
const CONNECTION_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/** Seconds a client is asked to wait before it tries again while a service is away. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** True when the error (or one it was caused by) says a backing service cannot be reached right now. */
export function isServiceOutage(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^(08|57P0)/.test(code))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
