import type { UnifiedHit } from '../../../shared/contracts/search.ts';

/** What each group's query answers: its best hits and how many there are (at least, when capped). */
export interface GroupResult {
  total: number;
  capped: boolean;
  hits: UnifiedHit[];
}

export const NO_HITS: GroupResult = { total: 0, capped: false, hits: [] };

/**
 * Counting stops here for the groups that count by fetching (people) or over large tables
 * (messages): "more than 200" says enough, and a common word must not cost a count of everything.
 */
export const COUNT_MAX = 200;
