import { describe, expect, it } from 'vitest';
import type { ContentPage } from './content-types.ts';
import { isUnsaved, savedTextOf, type TextDraft, unsavedLanguages } from './text-drafts.ts';

const version = (number: number, title: string, bodyHtml: string) => ({
  number,
  title,
  bodyHtml,
  createdAt: '2026-03-01T09:00:00Z',
});

const page = {
  id: '1',
  sourceLanguage: 'de',
  languages: [
    {
      language: 'de',
      status: null,
      draft: null,
      published: version(1, 'Wohnsitz anmelden', '<p>Innerhalb von zwei Wochen.</p>'),
    },
    {
      language: 'en',
      status: 'current',
      draft: version(2, 'Registering (draft)', '<p>Within two weeks.</p>'),
      published: version(1, 'Registering', '<p>Two weeks.</p>'),
    },
  ],
} as unknown as ContentPage;

const entry = (language: string) => page.languages.find((l) => l.language === language);
const draft = (title: string, bodyHtml: string, more: Partial<TextDraft> = {}): TextDraft => ({
  title,
  bodyHtml,
  minor: false,
  machine: false,
  ...more,
});

describe('text typed in the page editor', () => {
  it('starts from the newest draft, else the published text, else nothing', () => {
    expect(savedTextOf(entry('en'))).toEqual({ title: 'Registering (draft)', bodyHtml: '<p>Within two weeks.</p>' });
    expect(savedTextOf(entry('de')).title).toBe('Wohnsitz anmelden');
    expect(savedTextOf(undefined)).toEqual({ title: '', bodyHtml: '' });
  });

  it('counts as unsaved only when title or text differ from what is saved', () => {
    expect(isUnsaved(undefined, entry('de'))).toBe(false);
    expect(isUnsaved(draft('Wohnsitz anmelden', '<p>Innerhalb von zwei Wochen.</p>'), entry('de'))).toBe(false);
    // Ticking "small change" alone loses nothing.
    expect(
      isUnsaved(draft('Wohnsitz anmelden ', '<p>Innerhalb von zwei Wochen.</p>', { minor: true }), entry('de')),
    ).toBe(false);
    expect(isUnsaved(draft('Wohnsitz anmelden', '<p>Innerhalb von drei Wochen.</p>'), entry('de'))).toBe(true);
    expect(isUnsaved(draft('Wohnsitz ummelden', '<p>Innerhalb von zwei Wochen.</p>'), entry('de'))).toBe(true);
    // A new language: an emptied editor is no text; a typed title is.
    expect(isUnsaved(draft('', '<p></p>'), undefined)).toBe(false);
    expect(isUnsaved(draft('تسجيل السكن', ''), undefined)).toBe(true);
  });

  it('lists the unsaved languages with the source first, also one not saved at all yet', () => {
    const drafts = new Map<string, TextDraft>([
      ['uk', draft('Реєстрація', '')],
      ['en', draft('Registering (draft)', '<p>Within two weeks.</p>')],
      ['de', draft('Wohnsitz anmelden', '<p>Innerhalb von drei Wochen.</p>')],
    ]);
    expect(unsavedLanguages(page, drafts)).toEqual(['de', 'uk']);
  });
});
