import { describe, expect, it } from 'vitest';
import type { ContentPage } from './content-types.ts';
import {
  forgetUntouched,
  isUnsaved,
  savedTextOf,
  type TextDraft,
  textAfterReload,
  unsavedLanguages,
} from './text-drafts.ts';

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

  it('shows a text that came from the server in a form nobody typed in, and keeps typed text', () => {
    const empty = { title: '', bodyHtml: '' };
    const imported = { title: 'تسجيل مكان الإقامة', bodyHtml: '<p>خلال أسبوعين.</p>' };
    // An XLIFF import wrote the Arabic while its new form stood empty (the editor may hold an empty paragraph).
    expect(textAfterReload(empty, empty, imported)).toEqual(imported);
    expect(textAfterReload({ title: '', bodyHtml: '<p></p>' }, empty, imported)).toEqual(imported);
    // Typed into: the typed text stays, also when it is what was just saved.
    expect(textAfterReload({ title: 'تسجيل', bodyHtml: '' }, empty, imported)).toBeNull();
    expect(textAfterReload(imported, empty, imported)).toBeNull();
    // The same saved text loaded again: nothing to follow.
    expect(textAfterReload(empty, empty, { title: ' ', bodyHtml: '<p></p>' })).toBeNull();
  });

  it('forgets the drafts nobody typed in of languages whose saved text changed, so they do not count as unsaved', () => {
    const newer = {
      ...page,
      languages: page.languages.map((l) =>
        l.language === 'en'
          ? { ...l, draft: null, published: version(3, 'Registering your address', '<p>Within two weeks.</p>') }
          : l,
      ),
    } as ContentPage;
    const drafts = new Map<string, TextDraft>([
      // Opened and left as it was (only the machine-translation box ticked).
      ['en', draft('Registering (draft)', '<p>Within two weeks.</p>', { machine: true })],
      // Typed into, though its saved text did not change.
      ['de', draft('Wohnsitz ummelden', '<p>Innerhalb von zwei Wochen.</p>')],
    ]);
    forgetUntouched(drafts, page, newer);
    expect([...drafts.keys()]).toEqual(['de']);
    expect(unsavedLanguages(newer, drafts)).toEqual(['de']);

    // Typed into, and the server's text changed too: what was typed is kept and is unsaved.
    const typed = new Map<string, TextDraft>([['en', draft('Registration', '<p>Within two weeks.</p>')]]);
    forgetUntouched(typed, page, newer);
    expect(unsavedLanguages(newer, typed)).toEqual(['en']);
  });
});
