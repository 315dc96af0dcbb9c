import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { deleteRefusal, serverFieldChecks } from './server-problems.ts';

const known: Record<string, string> = {
  'content.delete.refused.page-has-children': 'Unter dieser Seite stehen noch andere Seiten.',
  'content.delete.refusedGeneric': 'Die Seite wird noch gebraucht.',
  'content.form.errors.slugTaken': 'Adresse vergeben.',
};
const t = ((key: string) => known[key] ?? '') as unknown as TFunction;
const problem = (status: number, type: string, detail?: string) => new ApiError(status, type, type, detail, []);

describe('content problems in words', () => {
  it('says why a deletion was refused, by the problem type, else with the server’s detail', () => {
    expect(deleteRefusal(t, problem(409, 'page-has-children'))).toBe('Unter dieser Seite stehen noch andere Seiten.');
    expect(deleteRefusal(t, problem(409, 'something-new', 'Two organisations link it.'))).toBe(
      'Die Seite wird noch gebraucht. Two organisations link it.',
    );
    expect(deleteRefusal(t, problem(403, 'forbidden'))).toBeNull();
    expect(deleteRefusal(t, new Error('offline'))).toBeNull();
  });

  it('puts a taken address at the address field', () => {
    expect(serverFieldChecks(t, problem(409, 'slug-taken'))).toEqual({ slug: 'Adresse vergeben.' });
    expect(serverFieldChecks(t, problem(409, 'translation-basis'))).toEqual({});
  });
});
