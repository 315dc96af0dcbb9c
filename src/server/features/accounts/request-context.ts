import type { FastifyBaseLogger, FastifyRequest } from 'fastify';

/** What a use case needs to know about the request it serves, without depending on HTTP. */
export interface RequestContext {
  ip: string;
  userAgent: string | null;
  log: FastifyBaseLogger;
}

export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null, log: request.log };
}
