import { describe, expect, it } from 'vitest';
import type { HealthReason } from '../../../../shared/contracts/projects.ts';
import { reasonText } from './reason-words.ts';

const milestone = { kind: 'milestone', id: 'm1', name: 'Ausschreibung' };
const task = { kind: 'task', id: 't1', name: 'Gutachten einholen' };

const words = (reason: HealthReason) => [reasonText(reason, 'de'), reasonText(reason, 'en')];

describe('reasons as the status report words them', () => {
  it('milestone-slip: the milestone, its slip against the baseline by name, and the threshold', () => {
    const reason: HealthReason = {
      signal: 'milestone-slip',
      level: 'amber',
      value: 12,
      threshold: 7,
      unit: 'days',
      subject: milestone,
      baselineName: 'Plan v2',
    };
    expect(words(reason)).toEqual([
      'Meilenstein Ausschreibung +12 Tage gegenüber Plan v2 (gelb ab 7 Tagen)',
      'Milestone Ausschreibung +12 days against Plan v2 (amber from 7 days)',
    ]);
    expect(reasonText({ ...reason, value: 1, threshold: 1, level: 'red' }, 'de')).toBe(
      'Meilenstein Ausschreibung +1 Tag gegenüber Plan v2 (rot ab 1 Tag)',
    );
  });

  it('dependency-slip: the other project’s task and project, and how late it is for us', () => {
    const reason: HealthReason = {
      signal: 'dependency-slip',
      level: 'red',
      value: 15,
      threshold: 14,
      unit: 'days',
      subject: { ...task, projectName: 'Breitband' },
    };
    expect(words(reason)).toEqual([
      'Vorarbeit „Gutachten einholen“ (Projekt Breitband) 15 Tage später als benötigt (rot ab 14 Tagen)',
      'Prerequisite “Gutachten einholen” (project Breitband) 15 days later than needed (red from 14 days)',
    ]);
  });

  it('plan-progress: the share of due tasks not done, in percent', () => {
    const reason: HealthReason = { signal: 'plan-progress', level: 'red', value: 0.45, threshold: 0.4, unit: 'share' };
    expect(words(reason)).toEqual([
      '45\u00a0% der bis heute fälligen Aufgaben nicht erledigt (rot ab 40\u00a0%)',
      '45% of the tasks due by today not done (red from 40%)',
    ]);
  });

  it('overdue-share: the share of open tasks overdue', () => {
    const reason: HealthReason = {
      signal: 'overdue-share',
      level: 'amber',
      value: 0.2,
      threshold: 0.15,
      unit: 'share',
    };
    expect(words(reason)).toEqual([
      '20\u00a0% der offenen Aufgaben überfällig (gelb ab 15\u00a0%)',
      '20% of the open tasks overdue (amber from 15%)',
    ]);
  });

  it('blocked: a task blocked for days, or many tasks blocked at once', () => {
    const long: HealthReason = {
      signal: 'blocked',
      level: 'amber',
      value: 9,
      threshold: 7,
      unit: 'days',
      subject: task,
    };
    expect(words(long)).toEqual([
      'Aufgabe „Gutachten einholen“ seit 9 Tagen blockiert (gelb ab 7 Tagen)',
      'Task “Gutachten einholen” blocked for 9 days (amber from 7 days)',
    ]);
    const many: HealthReason = { signal: 'blocked', level: 'red', value: 6, threshold: 5, unit: 'tasks' };
    expect(words(many)).toEqual([
      '6 Aufgaben gleichzeitig blockiert (rot ab 5 Aufgaben)',
      '6 tasks blocked at once (red from 5 tasks)',
    ]);
  });

  it('inactive: days without activity or status note', () => {
    const reason: HealthReason = { signal: 'inactive', level: 'red', value: 31, threshold: 30, unit: 'days' };
    expect(words(reason)).toEqual([
      'Seit 31 Tagen keine Aktivität und keine Statusmeldung (rot ab 30 Tagen)',
      'No activity or status note for 31 days (red from 30 days)',
    ]);
  });

  it('forecast: the forecast end’s days after the planned end', () => {
    const reason: HealthReason = { signal: 'forecast', level: 'amber', value: 10, threshold: 7, unit: 'days' };
    expect(words(reason)).toEqual([
      'Prognose: Ende 10 Tage nach dem geplanten Ende (gelb ab 7 Tagen)',
      'Forecast: finishes 10 days after the planned end (amber from 7 days)',
    ]);
  });

  it('forecast-none: open tasks with nothing done to forecast from', () => {
    const reason: HealthReason = { signal: 'forecast-none', level: 'amber', value: 1, threshold: 1, unit: 'tasks' };
    expect(words(reason)).toEqual([
      'Keine Prognose möglich: 1 Aufgabe offen, in den letzten Wochen keine erledigt (gelb ab 1 Aufgabe)',
      'No forecast possible: 1 task open, none done in the last weeks (amber from 1 task)',
    ]);
  });

  it('a signal it does not know yet still shows its figure and threshold', () => {
    const reason: HealthReason = { signal: 'budget', level: 'red', value: 3, threshold: 2, unit: 'days' };
    expect(reasonText(reason, 'de')).toBe('budget: 3 Tage (rot ab 2 Tagen)');
  });
});
