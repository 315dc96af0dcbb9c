import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { HeaderList } from '../http/security-headers.ts';
import { PROBLEM_JSON, problemJson, sendProblem } from './error-handler.ts';
import { Problem } from './problem.ts';

/**
 * Fastify's `frameworkErrors`: the router's refusals (a URL that does not decode, an over-long path
 * parameter) as problem+json with the security headers, instead of Fastify's bare JSON. They are
 * answered before any hook runs, so the headers are set here.
 */
export function frameworkErrorHandler(headers: HeaderList) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const problem =
      error.code === 'FST_ERR_BAD_URL'
        ? new Problem(400, 'bad-url', 'Malformed URL', 'The path is not valid percent-encoded UTF-8.')
        : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new Problem(414, 'uri-too-long', 'URI too long', 'A part of the path is too long.')
          : new Problem(500, 'internal', 'Internal server error');
    if (problem.status >= 500) request.log.error({ err: error }, 'unexpected framework error');
    return sendProblem(reply, request, problem, headers);
  };
}

/**
 * Fastify's `clientErrorHandler`, for Node's `clientError` event: a request the HTTP parser refused
 * (a request line or headers over `maxHeaderSize`, a malformed request, a timeout) never reaches
 * Fastify, so the answer is written to the socket here, as problem+json with the security headers.
 */
export function clientErrorHandler(headers: HeaderList) {
  const headerLines = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return (error: NodeJS.ErrnoException, socket: Socket) => {
    // A reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new Problem(431, 'headers-too-large', 'Request header fields too large')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? new Problem(408, 'timeout', 'Request timeout')
          : new Problem(400, 'bad-request', 'Malformed HTTP request');
    if (socket.writable) {
      const body = problemJson(problem);
      socket.write(
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
          `Content-Type: ${PROBLEM_JSON}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n` +
          `${headerLines}\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}
