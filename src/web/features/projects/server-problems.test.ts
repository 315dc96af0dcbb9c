import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { translations } from '../../i18n/resources.ts';
import { projectFieldProblems } from './server-problems.ts';

async function translator() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'de',
    resources: { de: { translation: translations.de } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

const problem = (fields: Array<{ field: string; message: string }>) =>
  new ApiError(400, 'validation', 'Dependency cycle', undefined, fields);

describe('projectFieldProblems', () => {
  it('names the cycle a dependency would close, at the dependency list', async () => {
    const t = await translator();
    const error = problem([{ field: 'dependsOn.1', message: 'would close a cycle: „Antrag“ → „Prüfung“ → „Antrag“' }]);
    expect(projectFieldProblems(t, error, ['dependsOn'])).toEqual({
      dependsOn:
        'Diese Abhängigkeit würde einen Kreis schließen: „Antrag“ → „Prüfung“ → „Antrag“. Eine Aufgabe kann nicht auf sich selbst warten.',
    });
  });

  it('says in German what is wrong with dates, blocked tasks and people, and leaves other fields alone', async () => {
    const t = await translator();
    const error = problem([
      { field: 'endDate', message: 'must not be before the start' },
      { field: 'blockedReason', message: 'must say why the task is blocked' },
      { field: 'assigneeIds.0', message: 'must be someone who sees the project' },
      { field: 'title', message: 'must NOT have fewer than 1 characters' },
    ]);
    expect(projectFieldProblems(t, error, ['endDate', 'blockedReason', 'assigneeIds'])).toEqual({
      endDate: 'Das Datum darf nicht vor dem Beginn liegen.',
      blockedReason: 'Bitte sagen Sie, warum die Aufgabe blockiert ist.',
      assigneeIds: 'Zuständig kann nur sein, wer das Projekt sieht.',
    });
    expect(projectFieldProblems(t, new Error('x'), ['title'])).toEqual({});
  });
});
