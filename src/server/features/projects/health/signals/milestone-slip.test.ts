import { describe, expect, it } from 'vitest';
import { aMilestone, anInput } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import type { HealthMilestone } from '../types.ts';
import { milestoneSlip } from './milestone-slip.ts';

const withBaseline = (milestones: HealthMilestone[], baselineDates: Record<string, string>, today?: string) =>
  anInput({
    ...(today ? { today } : {}),
    milestones,
    baseline: {
      id: 'baseline-2',
      name: 'Plan v2',
      milestones: Object.entries(baselineDates).map(([milestoneId, date]) => ({ milestoneId, date })),
    },
  });

describe('milestone-slip', () => {
  it('names each slipped milestone with its days against the baseline', () => {
    const input = withBaseline(
      [
        aMilestone({ id: 'm1', name: 'Ausschreibung', date: '2025-07-13' }),
        aMilestone({ id: 'm2', name: 'Vergabe', date: '2025-09-01' }),
      ],
      { m1: '2025-07-01', m2: '2025-08-01' },
    );
    expect(milestoneSlip(input, DEFAULT_THRESHOLDS)).toEqual([
      {
        signal: 'milestone-slip',
        level: 'amber',
        value: 12,
        threshold: 7,
        unit: 'days',
        subject: { kind: 'milestone', id: 'm1', name: 'Ausschreibung' },
        baselineName: 'Plan v2',
      },
      {
        signal: 'milestone-slip',
        level: 'red',
        value: 31,
        threshold: 21,
        unit: 'days',
        subject: { kind: 'milestone', id: 'm2', name: 'Vergabe' },
        baselineName: 'Plan v2',
      },
    ]);
  });

  it('is amber at exactly 7 days, silent at 6, red at exactly 21', () => {
    const input = withBaseline(
      [
        aMilestone({ id: 'six', date: '2025-07-07' }),
        aMilestone({ id: 'seven', date: '2025-07-08' }),
        aMilestone({ id: 'twenty-one', date: '2025-07-22' }),
      ],
      { six: '2025-07-01', seven: '2025-07-01', 'twenty-one': '2025-07-01' },
    );
    expect(milestoneSlip(input, DEFAULT_THRESHOLDS).map((r) => [r.subject?.id, r.level, r.value])).toEqual([
      ['seven', 'amber', 7],
      ['twenty-one', 'red', 21],
    ]);
  });

  it('counts an open milestone whose date has passed from today, growing every day', () => {
    const milestones = [aMilestone({ id: 'm', name: 'Ratsbeschluss', date: '2025-06-10' })];
    const slip = (today: string) =>
      milestoneSlip(withBaseline(milestones, { m: '2025-06-05' }, today), DEFAULT_THRESHOLDS).map((r) => r.value);
    // Its own date is 5 days late, but it has not been reached by today (2025-06-16): 11 days.
    expect(slip('2025-06-16')).toEqual([11]);
    expect(slip('2025-06-26')).toEqual([21]);
  });

  it('counts a reached milestone on the day it was reached', () => {
    const input = withBaseline([aMilestone({ id: 'm', date: '2025-05-01', doneOn: '2025-05-09' })], {
      m: '2025-05-01',
    });
    expect(milestoneSlip(input, DEFAULT_THRESHOLDS).map((r) => r.value)).toEqual([8]);
  });

  it('is silent without a baseline, for milestones added after it, and for early ones', () => {
    const milestones = [
      aMilestone({ id: 'early', date: '2025-06-20' }),
      aMilestone({ id: 'new', date: '2025-12-01' }),
      aMilestone({ id: 'on-time', date: '2025-05-01', doneOn: '2025-04-28' }),
    ];
    expect(milestoneSlip(anInput({ milestones }), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(
      milestoneSlip(withBaseline(milestones, { early: '2025-07-01', 'on-time': '2025-05-01' }), DEFAULT_THRESHOLDS),
    ).toEqual([]);
  });

  it('counts the leap day: 28 February to 6 March is 7 days in 2024 and 6 in 2023', () => {
    const slip = (year: number) =>
      milestoneSlip(
        withBaseline([aMilestone({ id: 'm', date: `${year}-03-06` })], { m: `${year}-02-28` }, `${year}-01-10`),
        DEFAULT_THRESHOLDS,
      ).map((r) => [r.level, r.value]);
    expect(slip(2024)).toEqual([['amber', 7]]);
    expect(slip(2023)).toEqual([]);
  });
});
