import { levelRank } from './levels.ts';
import type { ProjectLevel } from './types.ts';

export type HealthTrend = 'better' | 'same' | 'worse';

/**
 * How the level moved since the last weekly snapshot. Null without a snapshot, and when either
 * level is 'none' (a project closed or reopened in between has no colour to compare). Compare like
 * with like: computed with computed, or shown with shown.
 */
export function trendOf(current: ProjectLevel, lastWeek: ProjectLevel | null): HealthTrend | null {
  if (lastWeek === null || current === 'none' || lastWeek === 'none') return null;
  const change = levelRank(current) - levelRank(lastWeek);
  return change < 0 ? 'better' : change > 0 ? 'worse' : 'same';
}
