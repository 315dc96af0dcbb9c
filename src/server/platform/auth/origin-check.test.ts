import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { Problem } from '../errors/problem.ts';
import { checkOrigin } from './origin-check.ts';

const allowed = ['https://allmende.example'];
function request(method: string, headers: Record<string, string> = {}) {
  return { method, headers } as unknown as FastifyRequest;
}

describe('checkOrigin', () => {
  it('lets safe methods through from anywhere', () => {
    expect(() => checkOrigin(request('GET', { origin: 'https://evil.example' }), allowed, true)).not.toThrow();
  });
  it('accepts an unsafe request from our own origin', () => {
    expect(() => checkOrigin(request('POST', { origin: 'https://allmende.example' }), allowed, true)).not.toThrow();
  });
  it('refuses an unsafe request from a foreign origin, signed in or not', () => {
    for (const cookie of [true, false]) {
      expect(() => checkOrigin(request('DELETE', { origin: 'https://evil.example' }), allowed, cookie)).toThrow(
        Problem,
      );
    }
  });
  it('refuses a cookie-carrying unsafe request without Origin unless the browser says same-origin', () => {
    expect(() => checkOrigin(request('POST'), allowed, true)).toThrow(/Cross-site/);
    expect(() => checkOrigin(request('POST', { 'sec-fetch-site': 'same-origin' }), allowed, true)).not.toThrow();
  });
  it('lets a request without cookie and without Origin through (API clients cannot act for anyone)', () => {
    expect(() => checkOrigin(request('POST'), allowed, false)).not.toThrow();
  });
});
