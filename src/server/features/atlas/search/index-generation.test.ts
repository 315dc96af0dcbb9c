import { describe, expect, it } from 'vitest';
import { BUS_RECONNECTED, busSignal, createInProcessBus } from '../../../platform/events/bus.ts';
import type { DomainEvent } from '../../../platform/events/event.ts';
import { changesSince, followIndexChanges, INDEX_CHANGED, indexGeneration } from './index-generation.ts';

const changed = (id: string, ids: unknown): DomainEvent => ({
  id,
  position: -1,
  type: INDEX_CHANGED,
  payload: { ids },
  audience: { kind: 'persons', personIds: [] },
  createdAt: new Date().toISOString(),
});

describe('the index generation', () => {
  it('tells which records changed since a generation, and when that cannot be told', async () => {
    const bus = createInProcessBus();
    const unfollow = followIndexChanges(bus);
    try {
      const start = indexGeneration();
      const announce = (ids: unknown) => bus.publish(changed(`e-${JSON.stringify(ids)}`, ids));
      await announce(['a', 'b']);
      await announce(['b', 'c']);
      expect(indexGeneration()).toBe(start + 2);
      expect(changesSince(start)).toEqual(new Set(['a', 'b', 'c']));
      expect(changesSince(start + 1)).toEqual(new Set(['b', 'c']));
      expect(changesSince(start + 2)).toEqual(new Set());

      // An event without a list of records (a very large write), or lost events: anything may have changed.
      await announce(null);
      expect(changesSince(start)).toBeNull();
      const afterAll = indexGeneration();
      await bus.publish(busSignal(BUS_RECONNECTED));
      expect(changesSince(afterAll)).toBeNull();
    } finally {
      unfollow();
    }
  });

  it('forgets moves older than the last 256, so a table that old is loaded whole', async () => {
    const bus = createInProcessBus();
    const unfollow = followIndexChanges(bus);
    try {
      const start = indexGeneration();
      for (let n = 0; n < 300; n++) {
        await bus.publish(changed(`e-${n}`, [`r${n}`]));
      }
      expect(changesSince(start)).toBeNull();
      expect(changesSince(indexGeneration() - 1)).toEqual(new Set(['r299']));
    } finally {
      unfollow();
    }
  });
});
