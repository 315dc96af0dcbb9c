import { afterEach, describe, expect, it, vi } from 'vitest';
import { every } from './every.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('every', () => {
  it('runs first after its delay, then every interval, never two at once, and on after a failure', async () => {
    vi.useFakeTimers();
    let started = 0;
    let release: (() => void) | null = null;
    const errors: unknown[] = [];
    const schedule = every(
      1000,
      () => {
        started += 1;
        if (started === 1) return Promise.reject(new Error('down'));
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      { firstAfterMs: 100, onError: (err) => errors.push(err) },
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(started).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(1);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(900);
    expect(started).toBe(2);
    // The second run is still going: the next look does not start a third.
    await vi.advanceTimersByTimeAsync(3000);
    expect(started).toBe(2);
    (release as unknown as () => void)();
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(3);
    const stopping = schedule.stop();
    (release as unknown as () => void)();
    await stopping;
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toBe(3);
  });
});
