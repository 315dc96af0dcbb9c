import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';

interface LogSettings {
  logLevel: string;
  /** Readable, coloured lines instead of JSON (a person reads the terminal). */
  pretty: boolean;
}

/**
 * One line per request once the answer is sent: "GET /api/atlas/records 200 3.1 ms", instead of
 * Fastify's two ("incoming request", "request completed"). The query string is left out, because
 * links carry one-time tokens (setup, verification, password reset). Answers of 500 and above are
 * warnings; the error itself is logged once by the error handler.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const path = request.url.split('?', 1)[0];
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    const fields = { method: request.method, path, status: reply.statusCode, ms };
    const line = `${request.method} ${path} ${reply.statusCode} ${ms} ms`;
    if (error || reply.statusCode >= 500) reply.log.warn(error ? { ...fields, err: error } : fields, line);
    else reply.log.info(fields, line);
  }

  override routeNotFound(): void {}
}

/** Fastify's logger: JSON lines for log collectors, pino-pretty when a terminal is attached. */
export function loggerOptions(settings: LogSettings): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (settings.logLevel === 'silent') return { logger: false };
  const transport = settings.pretty
    ? // The request line already says method, path, status and time; its fields stay for JSON only.
      {
        target: 'pino-pretty',
        options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId,method,path,status,ms' },
      }
    : undefined;
  return {
    logger: { level: settings.logLevel, ...(transport ? { transport } : {}) },
    logController: new OneLinePerRequest(),
  };
}
