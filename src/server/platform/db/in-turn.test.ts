import { describe, expect, it } from 'vitest';
import { inTurn } from './in-turn.ts';

describe('inTurn', () => {
  it('starts each step once the one before has ended, and keeps the results in order', async () => {
    const log: string[] = [];
    const step = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    // Like a query builder: it starts only when awaited.
    const lazy: PromiseLike<number> = {
      // biome-ignore lint/suspicious/noThenProperty: a thenable stands for a lazy query builder here
      then(onfulfilled, onrejected) {
        log.push('lazy');
        return Promise.resolve(3).then(onfulfilled, onrejected);
      },
    };
    const [a, b, c] = await inTurn([step('a', 20), step('b', 1), lazy]);
    expect([a, b, c]).toEqual(['a', 'b', 3]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'lazy']);
  });
});
