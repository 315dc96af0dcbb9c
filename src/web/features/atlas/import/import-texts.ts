import type { TFunction } from 'i18next';
import type { ImportFailure, ImportProblem } from '../../../../shared/contracts/atlas-import.ts';
import { ApiError } from '../../../api/api-error.ts';
import { problemText } from '../../../ui/problem.tsx';

/** One cell's problem in the page's language; the server's English message when the code is new to us. */
export function importProblemText(t: TFunction, problem: ImportProblem): string {
  return t(`atlas.import.codes.${problem.code}`, { value: problem.value ?? '', defaultValue: problem.message });
}

/** The line a refused file is wrong at, as the server's detail names it ("line 3: …"). */
export function lineOf(error: unknown): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const match = /^line (\d+)/.exec(error.detail ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Why a file was refused or a confirmation failed: our own words for the import's problem types. */
export function importFailureText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return problemText(t, error);
  const own = t(`atlas.import.failures.${error.type}`, { defaultValue: '' });
  const text = own || problemText(t, error);
  const line = lineOf(error);
  return line ? `${text} ${t('atlas.import.atLine', { line })}` : text;
}

/** Why a confirmed import failed, in our own words; the server's English title for a type new to us. */
export function jobFailureText(t: TFunction, failure: ImportFailure): string {
  return t(`atlas.import.failures.${failure.type}`, { defaultValue: failure.title });
}
