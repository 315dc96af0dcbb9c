import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error.ts';
import { fieldProblemText } from '../../ui/problem.tsx';

// The projects API says what is wrong with a field in English ("must not be before the start"); the
// forms show it in the interface language at the field the server named. List fields
// (`dependsOn.2`, `assigneeIds.0`) are shown at their list.

const CYCLE = /would close a cycle: (.+)$/;

function messageOf(t: TFunction, message: string): string {
  const cycle = CYCLE.exec(message);
  if (cycle) return t('projects.problems.cycle', { cycle: cycle[1] });
  if (message.includes('must not be before the start')) return t('projects.problems.beforeStart');
  if (message.includes('must say why the task is blocked')) return t('projects.problems.blockedReason');
  if (message.includes('is the task itself')) return t('projects.problems.self');
  if (message.includes('is not a task you can see')) return t('projects.problems.unknownTask');
  if (message.includes('must be someone who sees the project')) return t('projects.problems.assignee');
  if (message.includes('must be an owner or member of the workspace')) return t('projects.problems.lead');
  if (message.includes('is not a known organisation')) return t('projects.problems.organisation');
  if (message.includes('is not a milestone of the project')) return t('projects.problems.milestone');
  return fieldProblemText(t, message);
}

/** The server's complaints about `fields` (by their top name), translated; the first per field. */
export function projectFieldProblems(t: TFunction, error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const found: Record<string, string> = {};
  for (const problem of error.fields) {
    const field = problem.field.split('.')[0] ?? '';
    if (fields.includes(field) && !found[field]) found[field] = messageOf(t, problem.message);
  }
  return found;
}
