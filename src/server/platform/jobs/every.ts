/**
 * Runs `run` every `intervalMs`, the first time `firstAfterMs` after start (by default when the
 * interval has passed), until stopped. A run still going when the next is due is not doubled, a
 * failure is handed to `onError` and the next run comes as planned, and the timers do not keep the
 * process alive. `stop()` ends the timers and waits for a run under way.
 */
export function every(
  intervalMs: number,
  run: () => Promise<unknown>,
  options: { firstAfterMs?: number; onError?: (err: unknown) => void } = {},
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const look = () => {
    if (running) return;
    running = run()
      .catch((err) => options.onError?.(err))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(look, options.firstAfterMs ?? intervalMs);
  const timer = setInterval(look, intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
