import type { Answers, EventQuestion } from '../../../shared/contracts/events.ts';
import { type FieldError, invalid } from '../../platform/errors/problem.ts';

/**
 * The answers to an event's questions as they are stored, or a 400 naming each one at fault: every
 * answer to a question of the event, of its kind (text, one of the choices, yes/no), required ones given.
 */
export function checkAnswers(questions: readonly EventQuestion[], answers: Answers): Answers {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) {
    if (!byId.has(key)) errors.push({ field: `/answers/${key}`, message: 'no such question' });
  }
  const clean: Answers = {};
  for (const q of questions) {
    const field = `/answers/${q.id}`;
    const value = answers[q.id];
    const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (missing) {
      if (q.required && q.kind !== 'yesno') errors.push({ field, message: 'is required' });
      if (q.required && q.kind === 'yesno' && value === undefined) errors.push({ field, message: 'is required' });
      continue;
    }
    if (q.kind === 'yesno') {
      if (typeof value !== 'boolean') errors.push({ field, message: 'must be yes or no' });
      else clean[q.id] = value;
    } else if (typeof value !== 'string') {
      errors.push({ field, message: 'must be text' });
    } else if (q.kind === 'choice' && !(q.options ?? []).includes(value)) {
      errors.push({ field, message: 'must be one of the choices' });
    } else {
      clean[q.id] = value.trim();
    }
  }
  if (errors.length > 0) throw invalid(errors, 'Invalid answers');
  return clean;
}
