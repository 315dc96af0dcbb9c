import { levelRank, worstLevel } from './levels.ts';
import { blocked } from './signals/blocked.ts';
import { dependencySlip } from './signals/dependency-slip.ts';
import { forecast } from './signals/forecast.ts';
import { inactive } from './signals/inactive.ts';
import { milestoneSlip } from './signals/milestone-slip.ts';
import { overdueShare } from './signals/overdue-share.ts';
import { planProgress } from './signals/plan-progress.ts';
import { checksFor, SIGNAL_CHECKS, type SignalCheck } from './status-scope.ts';
import { DEFAULT_THRESHOLDS, type HealthThresholds } from './thresholds.ts';
import type { HealthInput, HealthReason, ProjectHealth } from './types.ts';

const RUN: Record<SignalCheck, (input: HealthInput, thresholds: HealthThresholds) => HealthReason[]> = {
  'milestone-slip': milestoneSlip,
  'dependency-slip': dependencySlip,
  'plan-progress': planProgress,
  'overdue-share': overdueShare,
  blocked,
  forecast,
  inactive,
};

/**
 * A project's health: the level of its worst reason, green with no reasons when no signal applies,
 * 'none' for a done or stopped project (status-scope.ts says which signals each status gets).
 * Reasons are listed worst first, then by signal, then by figure, largest first.
 */
export function computeHealth(input: HealthInput, thresholds: HealthThresholds = DEFAULT_THRESHOLDS): ProjectHealth {
  const checks = checksFor(input.project.status);
  if (checks === null) return { level: 'none', reasons: [] };
  const reasons = checks.flatMap((check) => RUN[check](input, thresholds));
  reasons.sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) ||
      SIGNAL_CHECKS.indexOf(checkOf(a)) - SIGNAL_CHECKS.indexOf(checkOf(b)) ||
      b.value - a.value,
  );
  return { level: worstLevel(reasons.map((reason) => reason.level)), reasons };
}

function checkOf(reason: HealthReason): SignalCheck {
  return reason.signal === 'forecast-none' ? 'forecast' : reason.signal;
}
