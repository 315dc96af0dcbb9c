import { describe, expect, it } from 'vitest';
import { effectiveHealth, type HealthOverride } from './override.ts';
import type { ProjectHealth } from './types.ts';

const computed: ProjectHealth = {
  level: 'red',
  reasons: [{ signal: 'inactive', level: 'red', value: 35, threshold: 30, unit: 'days' }],
};

const override: HealthOverride = {
  level: 'amber',
  reason: 'Sommerpause des Gemeinderats; Arbeit läuft ab 1. September weiter.',
  author: { id: 'person-7', name: 'Jana Lindner' },
  setOn: '2025-06-12',
};

describe('effectiveHealth', () => {
  it('shows the lead’s colour with its reason and author, next to the computed level and reasons', () => {
    expect(effectiveHealth(computed, override)).toEqual({
      level: 'amber',
      computedLevel: 'red',
      reasons: computed.reasons,
      override,
    });
  });

  it('shows the computed level when there is no override', () => {
    expect(effectiveHealth(computed, null)).toEqual({
      level: 'red',
      computedLevel: 'red',
      reasons: computed.reasons,
      override: null,
    });
  });

  it('keeps the computed reasons when an override turns a project green', () => {
    const health = effectiveHealth(computed, { ...override, level: 'green' });
    expect(health.level).toBe('green');
    expect(health.reasons).toEqual(computed.reasons);
  });

  it('ignores an override left on a project that has since been closed', () => {
    expect(effectiveHealth({ level: 'none', reasons: [] }, override)).toEqual({
      level: 'none',
      computedLevel: 'none',
      reasons: [],
      override: null,
    });
  });
});
