import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestPerson } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';

let ipCounter = 0;
/** An address of its own per caller, so that one test's failed sign-ins never throttle another's. */
export function uniqueDavIp(): string {
  ipCounter += 1;
  return `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${(ipCounter % 250) + 1}`;
}

/** An app password of the person, created through the API as the account page does. */
export async function appPasswordOf(t: TestApp, person: TestPerson, scope: 'webdav' | 'api' = 'webdav') {
  const res = await t.request({
    method: 'POST',
    url: '/api/me/app-passwords',
    cookie: person.cookie,
    payload: { name: `Client ${scope}`, scope },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; token: string };
}

/** `Basic base64(e-mail:token)`. */
export const basic = (email: string, token: string) => `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;

/** A WebDAV client of one person: no cookie, no Origin, Basic with their app password. */
export interface DavClient {
  person: TestPerson;
  token: string;
  send(
    method: string,
    path: string,
    options?: { headers?: Record<string, string>; body?: string | Buffer; ip?: string },
  ): Promise<LightMyRequestResponse>;
}

export async function davClient(t: TestApp, person: TestPerson): Promise<DavClient> {
  const { token } = await appPasswordOf(t, person);
  const ip = uniqueDavIp();
  return {
    person,
    token,
    send(method, path, options = {}) {
      return t.app.inject({
        method: method as InjectOptions['method'],
        url: path,
        remoteAddress: options.ip ?? ip,
        headers: { authorization: basic(person.email, token), ...options.headers },
        ...(options.body !== undefined ? { payload: options.body } : {}),
      });
    },
  };
}

/** The path of a space's folder below /dav/, encoded. */
export const spacePath = (folderName: string) => `/dav/${encodeURIComponent(folderName)}`;
