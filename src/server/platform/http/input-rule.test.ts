import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';
import { applyInputRule, InputRefusal } from './input-rule.ts';
import { cleanText, refusalOf, singleLine } from './input-text.ts';

describe('the input rule for text', () => {
  it('refuses NUL and lone surrogates, and nothing else', () => {
    expect(refusalOf('a\u0000b')?.kind).toBe('nul');
    expect(refusalOf('a\uD800b')?.kind).toBe('lone-surrogate');
    expect(refusalOf('a\uDC00')?.kind).toBe('lone-surrogate');
    expect(refusalOf('😀 Grüße \u202E \u0007')).toBeNull();
  });

  it('removes C0/C1 controls but tab and line breaks, and bidi overrides and isolates', () => {
    expect(cleanText('a\u0001b\u0007c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('abcdefg');
    expect(cleanText('Zeile 1\r\n\tZeile 2\n')).toBe('Zeile 1\r\n\tZeile 2\n');
    expect(cleanText('rechnung\u202Efdp.exe')).toBe('rechnungfdp.exe');
    expect(cleanText('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069x')).toBe('x');
    // Right-to-left text and the marks stay: the bidi algorithm needs no overrides for it.
    expect(cleanText('שלום \u200F مرحبا \u200E')).toBe('שלום \u200F مرحبا \u200E');
  });

  it('makes a name one line, also from text stored before the rule', () => {
    expect(singleLine('a\tb\nc\r\u0000d\uD800e\u202Ef')).toBe('a b c d\uFFFDef');
  });
});

describe('applying the rule to a request part', () => {
  it('cleans every string in place, keys included, and leaves other values alone', () => {
    const body = { name: 'A\u202Enna', list: ['x\u0007', 1, null, { 'k\u200E\u2066': 'v\u009B' }], n: 2 };
    expect(applyInputRule('body', body)).toEqual({ name: 'Anna', list: ['x', 1, null, { 'k\u200E': 'v' }], n: 2 });
    expect(applyInputRule('body', 'a\u0007')).toBe('a');
    const bytes = Buffer.from([0, 1, 2]);
    expect(applyInputRule('body', bytes)).toBe(bytes);
  });

  it('leaves a streamed body alone: its object graph (socket, server) is not walked', () => {
    const cyclic = Object.assign(Readable.from(['x\u0000']), { name: 'x\u0000' });
    Object.assign(cyclic, { self: cyclic });
    expect(applyInputRule('body', cyclic)).toBe(cyclic);
    expect(applyInputRule('body', { file: cyclic })).toEqual({ file: cyclic });
  });

  it('names the field of the first refused string, as a JSON pointer', () => {
    const refusal = (() => {
      try {
        applyInputRule('body', { contacts: [{ name: 'ok' }, { 'a/b': 'x\u0000' }] });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InputRefusal);
    expect(refusal).toMatchObject({ status: 400, type: 'validation', field: 'body:/contacts/1/a~1b', kind: 'nul' });
    expect(() => applyInputRule('querystring', { q: '\uD83D' })).toThrow(InputRefusal);
    expect(() => applyInputRule('params', { 'x\u0000': 'y' })).toThrow(InputRefusal);
  });

  it('walks ten thousand levels deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(10_000)}"x\\u0000"${'}'.repeat(10_000)}`);
    expect(() => applyInputRule('body', deep)).toThrow(InputRefusal);
    const deepArray = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(applyInputRule('body', deepArray)).toBe(deepArray);
  });
});

describe('Content-Disposition of a file name', () => {
  it('carries no bidi override, control character or line break, in either form', () => {
    const header = contentDisposition('attachment', 'rechnung\u202Efdp.exe\r\nX-Evil: 1');
    expect(header).toBe(
      `attachment; filename="rechnungfdp.exe  X-Evil: 1"; filename*=UTF-8''rechnungfdp.exe%20%20X-Evil%3A%201`,
    );
    expect(contentDisposition('inline', 'Plan "Süd".png')).toBe(
      `inline; filename="Plan _S_d_.png"; filename*=UTF-8''Plan%20%22S%C3%BCd%22.png`,
    );
  });
});
