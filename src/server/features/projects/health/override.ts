import type { HealthLevel, HealthReason, ProjectHealth, ProjectLevel } from './types.ts';

/** A project lead's judgement that the project's colour is other than computed, and why. */
export interface HealthOverride {
  level: HealthLevel;
  /** The written reason; required, so that an overridden colour is never without one either. */
  reason: string;
  author: { id: string; name: string };
  /** The day the override was set. */
  setOn: string;
}

export interface EffectiveHealth {
  /** The override's level when there is one, else the computed level. */
  level: ProjectLevel;
  computedLevel: ProjectLevel;
  /** The computed reasons, always, also under an override. */
  reasons: HealthReason[];
  override: HealthOverride | null;
}

/**
 * The colour to show: a lead's override wins over the computed level, but both are answered and the
 * computed reasons stay, so that anyone can see what the figures say and who judged otherwise.
 * A done or stopped project has no colour, so an override left from before it closed is ignored.
 */
export function effectiveHealth(computed: ProjectHealth, override: HealthOverride | null): EffectiveHealth {
  const applies = override !== null && computed.level !== 'none';
  return {
    level: applies ? override.level : computed.level,
    computedLevel: computed.level,
    reasons: computed.reasons,
    override: applies ? override : null,
  };
}
