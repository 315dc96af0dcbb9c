import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';
import { resolveThresholds } from './thresholds-input.ts';

describe('resolveThresholds', () => {
  it('answers the defaults when a workspace has set nothing', () => {
    expect(resolveThresholds(null)).toEqual({ ok: true, thresholds: DEFAULT_THRESHOLDS });
    expect(resolveThresholds({})).toEqual({ ok: true, thresholds: DEFAULT_THRESHOLDS });
  });

  it('merges a workspace’s values over the defaults and keeps the rest', () => {
    const result = resolveThresholds({ milestoneSlip: { amber: 3 }, forecast: { windowWeeks: 6 } });
    expect(result).toEqual({
      ok: true,
      thresholds: {
        ...DEFAULT_THRESHOLDS,
        milestoneSlip: { amber: 3, red: 21 },
        forecast: { ...DEFAULT_THRESHOLDS.forecast, windowWeeks: 6 },
      },
    });
  });

  it('does not let one workspace’s values change the defaults of another', () => {
    const result = resolveThresholds({});
    if (!result.ok) throw new Error('refused');
    result.thresholds.inactive.amber = 1;
    expect(DEFAULT_THRESHOLDS.inactive.amber).toBe(14);
  });

  it('refuses an amber threshold above the red one, also when only one of them is given', () => {
    expect(resolveThresholds({ milestoneSlip: { amber: 30 } })).toEqual({
      ok: false,
      problems: [{ path: '/milestoneSlip', code: 'amber-above-red' }],
    });
    expect(resolveThresholds({ overdueShare: { amber: 0.5, red: 0.4 }, inactive: { red: 10 } })).toEqual({
      ok: false,
      problems: [
        { path: '/overdueShare', code: 'amber-above-red' },
        { path: '/inactive', code: 'amber-above-red' },
      ],
    });
  });

  it('accepts amber equal to red (then the signal goes straight to red)', () => {
    expect(resolveThresholds({ blocked: { amber: 10, red: 10 } }).ok).toBe(true);
  });

  it('refuses negative, zero, fractional days, shares above 1 and unknown fields, by their path', () => {
    const paths = (input: unknown) => {
      const result = resolveThresholds(input);
      if (result.ok) throw new Error('accepted');
      expect(result.problems.every((problem) => problem.code === 'invalid-value')).toBe(true);
      return result.problems.map((problem) => problem.path).sort();
    };
    expect(
      paths({
        milestoneSlip: { amber: -1 },
        inactive: { red: 0 },
        blocked: { amber: 2.5 },
        planProgress: { red: 1.5 },
      }),
    ).toEqual(['/blocked/amber', '/inactive/red', '/milestoneSlip/amber', '/planProgress/red']);
    expect(
      paths({
        overdueShare: { amber: 0 },
        forecast: { windowWeeks: 0 },
        dependencySlip: { amber: 3, days: 4 },
        colour: 'red',
      }),
    ).toEqual(['/colour', '/dependencySlip/days', '/forecast/windowWeeks', '/overdueShare/amber']);
  });

  it('refuses what is not an object of thresholds at all', () => {
    expect(resolveThresholds('red')).toEqual({ ok: false, problems: [{ path: '', code: 'invalid-value' }] });
    expect(resolveThresholds({ milestoneSlip: 7 }).ok).toBe(false);
  });
});
