import { describe, expect, it } from 'vitest';
import type { PortfolioMilestone } from '../../../../shared/contracts/portfolio.ts';
import { firstFocus, milestoneState, nearestIndex, timelineDates, timelineRows } from './timeline-rows.ts';

const today = '2026-12-07';

function milestone(
  id: string,
  project: string,
  date: string,
  extra: Partial<Pick<PortfolioMilestone, 'baselineDate' | 'doneAt'>> = {},
): PortfolioMilestone {
  return {
    id,
    name: `Meilenstein ${id}`,
    date,
    doneAt: extra.doneAt ?? null,
    baselineDate: extra.baselineDate ?? null,
    project: { id: project, name: `Projekt ${project}`, level: 'green', override: null },
  };
}

describe('the milestone timeline’s rows', () => {
  const milestones = [
    milestone('a1', 'A', '2026-11-30', { doneAt: '2026-11-29T10:00:00Z' }),
    milestone('b1', 'B', '2026-12-01'),
    milestone('a2', 'A', '2027-01-10', { baselineDate: '2026-12-31' }),
    milestone('c1', 'C', '2026-12-07', { baselineDate: '2026-12-10' }),
  ];

  it('puts each project in a row of its own, in the portfolio’s order, with its slip against the baseline', () => {
    const rows = timelineRows(milestones, ['C', 'A'], today);
    expect(rows.map((row) => row.project.id)).toEqual(['C', 'A', 'B']);
    expect(rows[1]?.milestones.map((m) => [m.id, m.state, m.slip])).toEqual([
      ['a1', 'done', null],
      ['a2', 'open', 10],
    ]);
    // Due today is not late yet; three days before its baseline is an early milestone.
    expect(rows[0]?.milestones[0]).toMatchObject({ state: 'open', slip: -3 });
    expect(rows[2]?.milestones[0]?.state).toBe('late');
  });

  it('shows every milestone, every baseline date and today on the axis', () => {
    const rows = timelineRows(milestones, [], today);
    expect(timelineDates(rows, today).sort()).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-07',
      '2026-12-07',
      '2026-12-10',
      '2026-12-31',
      '2027-01-10',
    ]);
  });

  it('says where a milestone stands', () => {
    expect(milestoneState({ date: '2026-12-06', doneAt: null }, today)).toBe('late');
    expect(milestoneState({ date: '2026-12-06', doneAt: '2026-12-06T08:00:00Z' }, today)).toBe('done');
    expect(milestoneState({ date: '2026-12-08', doneAt: null }, today)).toBe('open');
  });
});

describe('moving through the timeline by keyboard', () => {
  const rows = timelineRows(
    [
      milestone('a1', 'A', '2026-10-01', { doneAt: '2026-10-01T08:00:00Z' }),
      milestone('a2', 'A', '2027-02-01'),
      milestone('b1', 'B', '2026-10-05', { doneAt: '2026-10-05T08:00:00Z' }),
      milestone('b2', 'B', '2026-11-01', { doneAt: '2026-11-01T08:00:00Z' }),
    ],
    ['A', 'B'],
    today,
  );

  const row = (index: number) => {
    const found = rows[index];
    if (!found) throw new Error(`no row ${index}`);
    return found;
  };

  it('lands on the first milestone not yet reached, or the last of a finished row', () => {
    expect(firstFocus(row(0))).toBe(1);
    expect(firstFocus(row(1))).toBe(1);
  });

  it('keeps the place in time when moving to another row', () => {
    expect(nearestIndex(row(1), '2026-10-02')).toBe(0);
    expect(nearestIndex(row(1), '2027-02-01')).toBe(1);
    expect(nearestIndex(row(0), '2026-11-01')).toBe(0);
  });
});
