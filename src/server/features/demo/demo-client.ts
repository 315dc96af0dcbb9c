import { expect } from 'vitest';
import { sessionCookieOf, type TestApp } from '../../test/test-app.ts';
import { DEMO_PASSWORD } from './accounts.ts';

/** For the demo's tests: sign in as one of its people, and read a page of the API expecting 200. */
export function demoClient(demo: TestApp) {
  return {
    async signIn(email: string): Promise<string> {
      const res = await demo.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(200);
      return sessionCookieOf(res);
    },
    async get<T>(url: string, cookie?: string): Promise<T> {
      const res = await demo.request({ method: 'GET', url, cookie });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json() as T;
    },
  };
}
