import { describe, expect, it } from 'vitest';
import { anInput } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import { inactive } from './inactive.ts';

describe('inactive', () => {
  it('counts from the later of the last activity and the last status note', () => {
    const input = anInput({ project: { lastActivityOn: '2025-05-01', lastStatusNoteOn: '2025-06-02' } });
    expect(inactive(input, DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'inactive', level: 'amber', value: 14, threshold: 14, unit: 'days' },
    ]);
  });

  it('is silent at 13 days and red at 30', () => {
    const days = (lastActivityOn: string) =>
      inactive(anInput({ project: { lastActivityOn } }), DEFAULT_THRESHOLDS).map((r) => [r.level, r.value]);
    expect(days('2025-06-03')).toEqual([]);
    expect(days('2025-05-17')).toEqual([['red', 30]]);
  });

  it('counts a project where nothing has happened yet from the day it was created', () => {
    const input = anInput({ project: { createdOn: '2025-05-26', lastActivityOn: null, lastStatusNoteOn: null } });
    expect(inactive(input, DEFAULT_THRESHOLDS).map((r) => r.value)).toEqual([21]);
  });
});
