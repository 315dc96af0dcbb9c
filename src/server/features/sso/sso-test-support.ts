import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { unique } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { uniqueIp } from '../accounts/test-support.ts';
import type { ProviderAccount, TestProvider } from './test-provider.ts';

export const SESSION = 'allmende_session';
export const STATE = 'allmende_sso_state';

export const cookieOf = (answer: LightMyRequestResponse, name: string) =>
  answer.cookies.find((c) => c.name === name && c.value !== '')?.value;

/** The browser's way: start at the platform, sign in at the provider, come back to the callback. */
export async function ssoSignIn(
  t: TestApp,
  provider: TestProvider,
  providerId: string,
  options: { cookie?: string; path?: 'start' | 'link' } = {},
) {
  const ip = uniqueIp();
  const start = await t.request({
    method: 'GET',
    url: `/api/auth/sso/${providerId}/${options.path ?? 'start'}`,
    cookie: options.cookie,
    remoteAddress: ip,
  });
  expect(start.statusCode).toBe(303);
  const state = cookieOf(start, STATE);
  const callbackPath = await provider.authorise(String(start.headers.location));
  const browserCookie = [options.cookie, `${STATE}=${state}`].filter(Boolean).join('; ');
  const callback = await t.request({ method: 'GET', url: callbackPath, cookie: browserCookie, remoteAddress: ip });
  const session = cookieOf(callback, SESSION);
  return { callback, cookie: session ? `${SESSION}=${session}` : undefined, ip };
}

export function newAccount(overrides: Partial<ProviderAccount> = {}): ProviderAccount {
  const sub = unique('sub');
  return {
    sub,
    name: `Sandra ${sub}`,
    email: `${sub}@kreis.example`.toLowerCase(),
    email_verified: true,
    ...overrides,
  };
}

/** A provider id of its own for a test (lower-case letters and digits). */
export const newProviderId = () =>
  `p${unique('')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`.slice(0, 30);

/** Hands the provider's outgoing back-channel requests to the app, as if it posted to the platform. */
export function deliverTo(app: () => TestApp) {
  return async (url: string, init: { method?: string; headers?: unknown; body?: unknown }) => {
    const answer = await app().app.inject({
      method: 'POST',
      url: new URL(url).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: String(init.body),
    });
    return new Response(answer.statusCode === 204 ? null : answer.body, { status: answer.statusCode });
  };
}
