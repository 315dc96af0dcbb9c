import { describe, expect, it } from 'vitest';
import { anInput, aTask, TODAY, tasks } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import { blocked } from './blocked.ts';

describe('blocked', () => {
  it('names each task blocked for a week or more with its days', () => {
    const input = anInput({
      tasks: [
        aTask({ id: 't1', name: 'Leitungsplan prüfen', blockedSince: '2025-06-09' }),
        aTask({ id: 't2', name: 'Fördermittel abrufen', blockedSince: '2025-05-26' }),
        aTask({ id: 't3', name: 'Kurz blockiert', blockedSince: '2025-06-10' }),
      ],
    });
    expect(blocked(input, DEFAULT_THRESHOLDS)).toEqual([
      {
        signal: 'blocked',
        level: 'amber',
        value: 7,
        threshold: 7,
        unit: 'days',
        subject: { kind: 'task', id: 't1', name: 'Leitungsplan prüfen' },
      },
      {
        signal: 'blocked',
        level: 'red',
        value: 21,
        threshold: 21,
        unit: 'days',
        subject: { kind: 'task', id: 't2', name: 'Fördermittel abrufen' },
      },
    ]);
  });

  it('is red when five tasks are blocked at once, however briefly', () => {
    const input = anInput({ tasks: [...tasks(5, { blockedSince: TODAY }), ...tasks(3)] });
    expect(blocked(input, DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'blocked', level: 'red', value: 5, threshold: 5, unit: 'tasks' },
    ]);
    expect(blocked(anInput({ tasks: tasks(4, { blockedSince: TODAY }) }), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('ignores a done task that still carries its blocked day', () => {
    const input = anInput({ tasks: [aTask({ blockedSince: '2025-01-01', doneOn: '2025-06-01' })] });
    expect(blocked(input, DEFAULT_THRESHOLDS)).toEqual([]);
  });
});
