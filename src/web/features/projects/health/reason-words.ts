import type { TFunction } from 'i18next';
import type { HealthReason, ProjectHealth, ProjectLevel } from '../../../../shared/contracts/projects.ts';

/** One reason of a project's colour in words: what happened, and the threshold it reached. */
export interface ReasonWords {
  text: string;
  threshold: string;
}

const percent = (share: number) => Math.round(share * 100);

/**
 * Says a health reason in the interface language, with its figure and the names it concerns
 * ("Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v2“"), and the threshold it reached
 * ("Schwelle für Gelb: 7 Tage"). The server sends signals and figures only, never sentences.
 */
export function reasonWords(t: TFunction, reason: HealthReason): ReasonWords {
  return { text: reasonText(t, reason), threshold: thresholdText(t, reason) };
}

function reasonText(t: TFunction, reason: HealthReason): string {
  const count = reason.value;
  const name = reason.subject?.name ?? '';
  switch (reason.signal) {
    case 'milestone-slip':
      return reason.baselineName
        ? t('projects.reasons.milestoneSlip', { count, name, baseline: reason.baselineName })
        : t('projects.reasons.milestoneSlipPlan', { count, name });
    case 'plan-progress':
      return t('projects.reasons.planProgress', { percent: percent(reason.value) });
    case 'overdue-share':
      return t('projects.reasons.overdueShare', { percent: percent(reason.value) });
    case 'blocked':
      return reason.unit === 'tasks' || !reason.subject
        ? t('projects.reasons.blockedMany', { count })
        : t('projects.reasons.blockedTask', { count, name });
    case 'inactive':
      return t('projects.reasons.inactive', { count });
    case 'forecast':
      return t('projects.reasons.forecast', { count });
    case 'forecast-none':
      return t('projects.reasons.forecastNone', { count });
    case 'dependency-slip':
      return reason.subject?.projectName
        ? t('projects.reasons.dependencySlip', { count, name, project: reason.subject.projectName })
        : t('projects.reasons.dependencySlipHere', { count, name });
    default:
      return t('projects.reasons.unknown', { signal: reason.signal, value: reason.value });
  }
}

function thresholdText(t: TFunction, reason: HealthReason): string {
  const level = t(`projects.health.colour.${reason.level}`);
  switch (reason.unit) {
    case 'days':
      return t('projects.reasons.thresholdDays', { level, count: reason.threshold });
    case 'share':
      return t('projects.reasons.thresholdShare', { level, percent: percent(reason.threshold) });
    case 'tasks':
      return t('projects.reasons.thresholdTasks', { level, count: reason.threshold });
    default:
      return t('projects.reasons.thresholdOther', { level, value: reason.threshold });
  }
}

/** The colour a project shows: a lead's override while it is judged at all, else the computed one. */
export function shownLevel(health: ProjectHealth): ProjectLevel {
  if (health.level !== 'none' && health.override) return health.override.level;
  return health.level;
}
