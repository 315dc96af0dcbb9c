/**
 * Single flight: callers asking for the same key while its work runs share that run instead of
 * starting their own. When a popular search drops out of the answer cache (or the cache is off),
 * the requests arriving meanwhile wait for one statement instead of each running it. Nothing is
 * kept after the run ends; the answer cache decides what is reused later.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const shared = this.running.get(key);
    if (shared) return shared;
    const started = work().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** Keys whose work is running now. */
  get size(): number {
    return this.running.size;
  }
}
