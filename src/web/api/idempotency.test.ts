import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { api } from './client.ts';
import { createActionKey, newIdempotencyKey } from './idempotency.ts';

describe('action keys', () => {
  it('keeps the key while the same payload is sent again, and makes a new one for another payload or action', () => {
    const action = createActionKey();
    const first = action.for({ text: 'Hallo' });
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(action.for({ text: 'Hallo' })).toBe(first);
    const edited = action.for({ text: 'Hallo!' });
    expect(edited).not.toBe(first);
    action.done();
    expect(action.for({ text: 'Hallo!' })).not.toBe(edited);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});

describe('a keyed write', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  function answers(...results: Array<Response | Error>) {
    const calls: Request[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push(new Request(new URL(url, 'http://localhost'), init));
        const result = results.shift();
        if (!result || result instanceof Error) throw result ?? new Error('no answer');
        return result;
      }),
    );
    return calls;
  }
  const created = () => new Response('{"id":"m1"}', { status: 201, headers: { 'Content-Type': 'application/json' } });

  it('is sent again with the same key when its answer is lost, until one arrives', async () => {
    vi.useFakeTimers();
    const calls = answers(new TypeError('connection reset'), new Response('', { status: 502 }), created());
    const result = api.post<{ id: string }>('/channels/c/messages', { text: 'Hallo' }, { idempotencyKey: 'k-1' });
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ id: 'm1' });
    expect(calls.map((c) => c.headers.get('Idempotency-Key'))).toEqual(['k-1', 'k-1', 'k-1']);
    expect(await Promise.all(calls.map((c) => c.text()))).toEqual(Array(3).fill('{"text":"Hallo"}'));
  });

  it('gives up after three tries, and a write without a key or with a real answer is not repeated', async () => {
    vi.useFakeTimers();
    let calls = answers(new TypeError('a'), new TypeError('b'), new TypeError('c'), created());
    const lost = api.post('/channels/c/messages', { text: 'x' }, { idempotencyKey: 'k-2' }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await lost).toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(3);

    calls = answers(new TypeError('a'), created());
    await expect(api.post('/channels/c/messages', { text: 'x' })).rejects.toMatchObject({ status: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.has('Idempotency-Key')).toBe(false);

    calls = answers(new Response('{"type":"/problems/validation"}', { status: 400 }), created());
    await expect(api.post('/x', {}, { idempotencyKey: 'k-3' })).rejects.toMatchObject({ status: 400 });
    expect(calls).toHaveLength(1);
  });
});
