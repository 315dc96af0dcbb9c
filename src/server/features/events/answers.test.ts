import { describe, expect, it } from 'vitest';
import type { EventQuestion } from '../../../shared/contracts/events.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { checkAnswers } from './answers.ts';

const questions: EventQuestion[] = [
  { id: 'food', label: 'Essen', kind: 'choice', required: true, options: ['vegetarisch', 'vegan'] },
  { id: 'note', label: 'Hinweis', kind: 'text', required: false },
  { id: 'photo', label: 'Fotos erlaubt?', kind: 'yesno', required: true },
];

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Problem).errors?.map((e) => e.field);
  }
  return [];
};

describe('answers to an event’s questions', () => {
  it('keeps valid answers, trimmed', () => {
    expect(checkAnswers(questions, { food: 'vegan', note: ' bis 16 Uhr ', photo: false })).toEqual({
      food: 'vegan',
      note: 'bis 16 Uhr',
      photo: false,
    });
  });

  it('names each answer at fault', () => {
    expect(() => checkAnswers(questions, {})).toThrow(Problem);
    expect(fieldsOf(() => checkAnswers(questions, {}))).toEqual(['/answers/food', '/answers/photo']);
    expect(fieldsOf(() => checkAnswers(questions, { food: 'Fisch', photo: 'ja', x: 'y' }))).toEqual([
      '/answers/x',
      '/answers/food',
      '/answers/photo',
    ]);
    expect(fieldsOf(() => checkAnswers(questions, { food: true, photo: true, note: false }))).toEqual([
      '/answers/food',
      '/answers/note',
    ]);
  });
});
