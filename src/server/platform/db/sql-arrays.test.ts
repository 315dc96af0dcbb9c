import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './sql-arrays.ts';

describe('array literals', () => {
  it('quotes every element, so no word becomes NULL, a nested array or a second element', () => {
    expect(arrayLiteral(['null', 'NULL'])).toBe('{"null","NULL"}');
    expect(arrayLiteral(['a,b', '{c}', 'd"e', 'f\\g'])).toBe('{"a,b","{c}","d\\"e","f\\\\g"}');
    expect(arrayLiteral([])).toBe('{}');
  });
});
