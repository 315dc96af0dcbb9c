import type { FastifyReply } from 'fastify';

export const DAV_METHODS = [
  'OPTIONS',
  'GET',
  'HEAD',
  'PUT',
  'DELETE',
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
] as const;

/**
 * OPTIONS: compliance classes 1 and 2 (locks), the methods, and `MS-Author-Via: DAV`, which tells
 * Office to save back through WebDAV. Answered without sign-in: it says nothing about anyone's files.
 */
export function options(reply: FastifyReply): void {
  reply
    .status(200)
    .header('dav', '1, 2')
    .header('ms-author-via', 'DAV')
    .header('allow', DAV_METHODS.join(', '))
    .header('accept-ranges', 'bytes')
    .header('content-length', '0')
    .send();
}
