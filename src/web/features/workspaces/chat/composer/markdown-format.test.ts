import { describe, expect, it } from 'vitest';
import { applyMarkdownFormat, type MarkdownFormat, smallestChange } from './markdown-format.ts';

/** Writes the selection as [brackets] so a case reads as what one sees in the field. */
function run(marked: string, format: MarkdownFormat): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const out = applyMarkdownFormat({ text, start, end }, format, 'Link');
  return `${out.text.slice(0, out.start)}[${out.text.slice(out.start, out.end)}]${out.text.slice(out.end)}`;
}

describe('applyMarkdownFormat', () => {
  it('wraps the selection in bold, italic or code marks and keeps it selected', () => {
    expect(run('Der [Antrag] ist da', 'bold')).toBe('Der **[Antrag]** ist da');
    expect(run('Der [Antrag] ist da', 'italic')).toBe('Der _[Antrag]_ ist da');
    expect(run('Bitte [npm ci] ausführen', 'code')).toBe('Bitte `[npm ci]` ausführen');
  });

  it('takes the marks off again on a second click', () => {
    expect(run('Der **[Antrag]** ist da', 'bold')).toBe('Der [Antrag] ist da');
    expect(run('Der [**Antrag**] ist da', 'bold')).toBe('Der [Antrag] ist da');
    expect(run('Der _[Antrag]_ ist da', 'italic')).toBe('Der [Antrag] ist da');
  });

  it('leaves spaces at the edges of the selection outside the marks', () => {
    expect(run('Der[ Antrag ]ist da', 'bold')).toBe('Der **[Antrag]** ist da');
  });

  it('inserts the marks around the caret when nothing is selected', () => {
    expect(run('Hallo [] Welt', 'bold')).toBe('Hallo **[]** Welt');
    expect(run('[]', 'code')).toBe('`[]`');
  });

  it('makes code over several lines a fenced block', () => {
    expect(run('Log:[a = 1\nb = 2]', 'code')).toBe('Log:\n```\n[a = 1\nb = 2]\n```');
  });

  it('turns the selected lines into a list, and a list back into lines', () => {
    expect(run('Punkte:\n[Glasfaser\nFunk]', 'list')).toBe('Punkte:\n[- Glasfaser\n- Funk]');
    expect(run('[- Glasfaser\n- Funk]', 'list')).toBe('[Glasfaser\nFunk]');
    expect(run('Glas[]faser', 'list')).toBe('- Glas[]faser');
    expect(run('- Glas[]faser', 'list')).toBe('Glas[]faser');
  });
});

describe('links', () => {
  it('selects the address of a new link', () => {
    const out = applyMarkdownFormat({ text: 'Siehe Aufruf', start: 6, end: 12 }, 'link', 'Link');
    expect(out.text).toBe('Siehe [Aufruf](https://)');
    expect(out.text.slice(out.start, out.end)).toBe('https://');
  });

  it('uses a selected address as the target and selects the words to show', () => {
    const out = applyMarkdownFormat({ text: 'https://bund.de', start: 0, end: 15 }, 'link', 'Link');
    expect(out.text).toBe('[Link](https://bund.de)');
    expect(out.text.slice(out.start, out.end)).toBe('Link');
  });
});

describe('smallestChange', () => {
  it('finds the one part that differs', () => {
    expect(smallestChange('Der Antrag ist da', 'Der **Antrag** ist da')).toEqual({
      from: 4,
      to: 10,
      insert: '**Antrag**',
    });
    expect(smallestChange('abc', 'abc')).toEqual({ from: 3, to: 3, insert: '' });
    expect(smallestChange('- a\n- b', 'a\nb')).toEqual({ from: 0, to: 6, insert: 'a\n' });
  });
});
