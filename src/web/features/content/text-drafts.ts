import { useCallback, useRef, useState } from 'react';
import type { ContentPage, PageLanguage } from './content-types.ts';
import { orderLanguages } from './languages.ts';

/** What the form of one language holds while the page is open: the text as typed and its checkboxes. */
export interface TextDraft {
  title: string;
  bodyHtml: string;
  minor: boolean;
  machine: boolean;
}

/** Title and body of a language: as saved, or as its form holds them. */
export interface Text {
  title: string;
  bodyHtml: string;
}

/** The text a language's form starts from: its newest draft, else its published text, else nothing. */
export function savedTextOf(entry: PageLanguage | undefined): Text {
  const start = entry?.draft ?? entry?.published ?? null;
  return { title: start?.title ?? '', bodyHtml: start?.bodyHtml ?? '' };
}

// The editor writes an emptied text as '' and a text never typed into may be stored as an empty paragraph.
const bodyOf = (html: string) => (html === '<p></p>' ? '' : html);

/** Whether two texts say the same (spaces around the title and an empty paragraph aside). */
export function sameText(a: Text, b: Text): boolean {
  return a.title.trim() === b.title.trim() && bodyOf(a.bodyHtml) === bodyOf(b.bodyHtml);
}

/** Whether the typed text differs from the saved one (the checkboxes alone change nothing to lose). */
export function isUnsaved(draft: TextDraft | undefined, entry: PageLanguage | undefined): boolean {
  return draft ? !sameText(draft, savedTextOf(entry)) : false;
}

/**
 * What a language's form shows once the page's data came again with another saved text (a version
 * written by an XLIFF import, by someone else, by a restore): a form left as it was follows the
 * server; text someone typed stays as typed. Null when the form keeps what it shows.
 */
export function textAfterReload(shown: Text, before: Text, after: Text): Text | null {
  if (sameText(before, after) || !sameText(shown, before)) return null;
  return after;
}

/**
 * Forgets the kept drafts that were never typed into (a form only opened, or its text typed back to
 * what was saved) of the languages whose saved text changed between two loads of the page: their
 * forms follow the server, and an untouched form is no unsaved text.
 */
export function forgetUntouched(drafts: Map<string, TextDraft>, before: ContentPage, after: ContentPage): void {
  for (const [language, draft] of drafts) {
    const was = savedTextOf(before.languages.find((l) => l.language === language));
    const now = savedTextOf(after.languages.find((l) => l.language === language));
    if (textAfterReload(draft, was, now)) drafts.delete(language);
  }
}

/** The languages whose typed text is not saved, the source first. */
export function unsavedLanguages(page: ContentPage, drafts: ReadonlyMap<string, TextDraft>): string[] {
  const unsaved = [...drafts.entries()]
    .filter(([language, draft]) =>
      isUnsaved(
        draft,
        page.languages.find((l) => l.language === language),
      ),
    )
    .map(([language]) => language);
  return orderLanguages(page.sourceLanguage, unsaved);
}

export interface TextDrafts {
  /** The draft kept for a language, if its form was changed since the page was opened. */
  get: (language: string) => TextDraft | undefined;
  /** Keeps what a language's form holds now. */
  put: (language: string, draft: TextDraft) => void;
  /** Forgets a language's draft once it is saved. */
  drop: (language: string) => void;
  /** The languages with text not saved. */
  unsaved: string[];
  /** The same, as it is at this moment (for the navigation's check, which runs outside rendering). */
  unsavedNow: () => string[];
}

/**
 * Each language's form as typed, kept while the page is open: switching the language tab unmounts a
 * form, and coming back shows what was typed. Kept outside React's state, so that typing does not
 * render the whole page again; the page renders when a language's text turns unsaved or saved.
 * When the page's data comes again with newer text, the drafts nobody typed in are forgotten.
 */
export function useTextDrafts(page: ContentPage): TextDrafts {
  const drafts = useRef(new Map<string, TextDraft>());
  const pageRef = useRef(page);
  if (pageRef.current !== page) {
    // Newer data of the page: the same, whether the render that brought it is repeated or not.
    forgetUntouched(drafts.current, pageRef.current, page);
    pageRef.current = page;
  }
  const [, setRevision] = useState(0);
  const unsavedNow = useCallback(() => unsavedLanguages(pageRef.current, drafts.current), []);
  const put = useCallback((language: string, draft: TextDraft) => {
    const entry = pageRef.current.languages.find((l) => l.language === language);
    const before = isUnsaved(drafts.current.get(language), entry);
    drafts.current.set(language, draft);
    if (isUnsaved(draft, entry) !== before) setRevision((n) => n + 1);
  }, []);
  const drop = useCallback((language: string) => {
    if (drafts.current.delete(language)) setRevision((n) => n + 1);
  }, []);
  const get = useCallback((language: string) => drafts.current.get(language), []);
  return { get, put, drop, unsaved: unsavedLanguages(page, drafts.current), unsavedNow };
}
