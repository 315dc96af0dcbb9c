import type { LevelThresholds } from './thresholds.ts';
import type { HealthLevel, ReasonLevel } from './types.ts';

const RANK: Record<HealthLevel, number> = { green: 0, amber: 1, red: 2 };

/** How bad a level is: green 0, amber 1, red 2. */
export function levelRank(level: HealthLevel): number {
  return RANK[level];
}

/** The level a value reaches, with the threshold it reached; null below amber. */
export function levelFor(value: number, thresholds: LevelThresholds): { level: ReasonLevel; threshold: number } | null {
  if (value >= thresholds.red) return { level: 'red', threshold: thresholds.red };
  if (value >= thresholds.amber) return { level: 'amber', threshold: thresholds.amber };
  return null;
}

/** The worst of the reasons' levels; green when there is none. */
export function worstLevel(levels: readonly HealthLevel[]): HealthLevel {
  return levels.reduce<HealthLevel>((worst, level) => (RANK[level] > RANK[worst] ? level : worst), 'green');
}
