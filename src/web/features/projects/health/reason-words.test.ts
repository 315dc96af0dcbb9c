import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { HealthReason } from '../../../../shared/contracts/projects.ts';
import { registerNumberFormat } from '../../../i18n/number-format.ts';
import { translations } from '../../../i18n/resources.ts';
import { reasonWords, shownLevel } from './reason-words.ts';

async function translator(lng: 'de' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { de: { translation: translations.de }, en: { translation: translations.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  registerNumberFormat(i18n);
  return i18n.t;
}

const milestone = { kind: 'milestone', id: 'm1', name: 'Ausschreibung' };
const task = { kind: 'task', id: 't1', name: 'Leitungsplan prüfen' };

const reasons: Record<string, HealthReason> = {
  milestoneSlip: {
    signal: 'milestone-slip',
    level: 'amber',
    value: 14,
    threshold: 7,
    unit: 'days',
    subject: milestone,
    baselineName: 'Plan v2',
  },
  planProgress: { signal: 'plan-progress', level: 'red', value: 0.4, threshold: 0.4, unit: 'share' },
  overdueShare: { signal: 'overdue-share', level: 'amber', value: 1 / 6, threshold: 0.15, unit: 'share' },
  blockedTask: { signal: 'blocked', level: 'amber', value: 1, threshold: 7, unit: 'days', subject: task },
  blockedMany: { signal: 'blocked', level: 'red', value: 5, threshold: 5, unit: 'tasks' },
  inactive: { signal: 'inactive', level: 'red', value: 30, threshold: 30, unit: 'days' },
  forecast: { signal: 'forecast', level: 'amber', value: 9, threshold: 7, unit: 'days' },
  forecastNone: { signal: 'forecast-none', level: 'amber', value: 1, threshold: 1, unit: 'tasks' },
  dependencySlip: {
    signal: 'dependency-slip',
    level: 'red',
    value: 1200,
    threshold: 14,
    unit: 'days',
    subject: { ...task, name: 'Schnittstelle Meldewesen', projectName: 'Digitales Bürgeramt' },
  },
};

describe('reasonWords', () => {
  it('says every signal in German, with its figure, the names it concerns and the threshold reached', async () => {
    const t = await translator('de');
    const say = (key: string) => reasonWords(t, reasons[key] as HealthReason);
    expect(say('milestoneSlip')).toEqual({
      text: 'Meilenstein „Ausschreibung“ 14 Tage später als in „Plan v2“',
      threshold: 'Schwelle für Gelb: 7 Tage',
    });
    expect(say('planProgress')).toEqual({
      text: '40 % der bis heute fälligen Aufgaben sind nicht erledigt',
      threshold: 'Schwelle für Rot: 40 %',
    });
    expect(say('overdueShare')).toEqual({
      text: '17 % der offenen Aufgaben sind überfällig',
      threshold: 'Schwelle für Gelb: 15 %',
    });
    expect(say('blockedTask').text).toBe('Aufgabe „Leitungsplan prüfen“ ist seit 1 Tag blockiert');
    expect(say('blockedMany')).toEqual({
      text: '5 Aufgaben sind gleichzeitig blockiert',
      threshold: 'Schwelle für Rot: 5 Aufgaben',
    });
    expect(say('inactive').text).toBe('Seit 30 Tagen keine Aktivität und keine Statusnotiz');
    expect(say('forecast').text).toBe(
      'Nach dem Tempo der letzten Wochen endet das Projekt 9 Tage nach dem geplanten Ende',
    );
    expect(say('forecastNone')).toEqual({
      text: 'Keine Prognose möglich: 1 offene Aufgabe, in den letzten Wochen wurde keine erledigt',
      threshold: 'Schwelle für Gelb: 1 Aufgabe',
    });
    expect(say('dependencySlip').text).toBe(
      'Aufgabe „Schnittstelle Meldewesen“ aus dem Projekt „Digitales Bürgeramt“ hält eine Aufgabe dieses Projekts 1.200 Tage auf',
    );
  });

  it('says them in English too', async () => {
    const t = await translator('en');
    const say = (key: string) => reasonWords(t, reasons[key] as HealthReason);
    expect(say('milestoneSlip')).toEqual({
      text: 'Milestone “Ausschreibung” 14 days later than in “Plan v2”',
      threshold: 'threshold for Amber: 7 days',
    });
    expect(say('planProgress').text).toBe('40% of the tasks due by today are not done');
    expect(say('dependencySlip').text).toBe(
      'Task “Schnittstelle Meldewesen” of the project “Digitales Bürgeramt” holds up a task of this project by 1,200 days',
    );
  });

  it('still says something for a signal it does not know yet', async () => {
    const t = await translator('de');
    const unknown = { signal: 'budget', level: 'amber', value: 3, threshold: 2, unit: 'euros' } as HealthReason;
    expect(reasonWords(t, unknown)).toEqual({
      text: 'Signal „budget“ mit dem Wert 3',
      threshold: 'Schwelle für Gelb: 2',
    });
  });
});

describe('shownLevel', () => {
  const computed = { level: 'amber' as const, reasons: [], computedAt: null, trend: null };
  const override = {
    level: 'red' as const,
    reason: 'Kreistag vertagt',
    by: { id: 'p1', name: 'Anna' },
    at: '2026-01-01T00:00:00Z',
  };

  it('shows a lead’s override over the computed colour, but not on a closed project', () => {
    expect(shownLevel({ ...computed, override: null })).toBe('amber');
    expect(shownLevel({ ...computed, override })).toBe('red');
    expect(shownLevel({ ...computed, level: 'none', override })).toBe('none');
  });
});
