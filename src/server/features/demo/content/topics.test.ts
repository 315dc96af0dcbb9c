import { describe, expect, it } from 'vitest';
import { CONTENT_LIMITS } from '../../../../shared/contracts/content.ts';
import { sanitizeSection } from '../../atlas/sanitize-html.ts';
import { countWords } from '../../content/words.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { DEMO_LANGUAGES } from './demo-text.ts';
import { DEMO_ADOPTIONS } from './scenario.ts';
import { WOHNSITZ_REVISION } from './topics/seevetal-wohnsitz.ts';
import { BRIEFWAHL_DRAFT } from './topics/soest.ts';
import { DEMO_TOPICS } from './topics.ts';

// The demo's texts as written: what the seed would otherwise only find out by failing at a start.

const ARABIC = /[\u0600-\u06FF]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

describe('the demo’s citizen information texts', () => {
  it('are a dozen topics with unique addresses, each written by a demo municipality', () => {
    expect(DEMO_TOPICS).toHaveLength(12);
    const slugs = [...DEMO_TOPICS.map((t) => t.slug), BRIEFWAHL_DRAFT.slug];
    expect(new Set(slugs).size).toBe(slugs.length);
    const municipalities = new Set(DEMO_ORGANISATIONS.map((o) => o.ags));
    for (const topic of DEMO_TOPICS) expect(municipalities.has(topic.owner), topic.slug).toBe(true);
    expect(new Set(DEMO_TOPICS.map((t) => t.owner)).size).toBeGreaterThanOrEqual(6);
  });

  it('are real texts of 80 to 200 words in German, translated into English, Arabic and Ukrainian in their scripts', () => {
    for (const { slug, texts } of DEMO_TOPICS) {
      const de = countWords(texts.de.title, texts.de.bodyHtml);
      expect(de, slug).toBeGreaterThanOrEqual(80);
      expect(de, slug).toBeLessThanOrEqual(200);
      for (const language of ['en', 'ar', 'uk'] as const) {
        const words = countWords(texts[language].title, texts[language].bodyHtml);
        // A translation is about as long as the German; a stub or a pasted second text is not.
        expect(words / de, `${slug} ${language}`).toBeGreaterThan(0.75);
        expect(words / de, `${slug} ${language}`).toBeLessThan(1.4);
      }
      expect(texts.ar.title + texts.ar.bodyHtml, slug).toMatch(ARABIC);
      expect(texts.uk.title + texts.uk.bodyHtml, slug).toMatch(CYRILLIC);
    }
    const easyRead = DEMO_TOPICS.filter((t) => t.texts['de-x-ls']);
    expect(easyRead.length).toBeGreaterThanOrEqual(2);
  });

  it('keep within the content limits and survive sanitising unchanged', () => {
    const all = [
      ...DEMO_TOPICS.flatMap((t) => DEMO_LANGUAGES.flatMap((l) => (t.texts[l] ? [t.texts[l]] : []))),
      ...Object.values(WOHNSITZ_REVISION),
      BRIEFWAHL_DRAFT.de,
    ];
    for (const text of all) {
      expect(text.title.length, text.title).toBeLessThanOrEqual(CONTENT_LIMITS.title);
      expect(sanitizeSection(text.bodyHtml), text.title).toBe(text.bodyHtml);
    }
    for (const topic of DEMO_TOPICS) {
      expect(topic.contact.length, topic.slug).toBeLessThanOrEqual(CONTENT_LIMITS.contact);
      expect(topic.contact, topic.slug).toMatch(/Rathausplatz 1.*\n.*\n.*\.demo$/s);
      if (topic.leikaKey !== null) expect(topic.leikaKey, topic.slug).toMatch(/^99\d{12}$/);
    }
  });

  it('share some pages with everyone, some with the alliances only and keep some, and adopt only what is shared', () => {
    const shared = (w: string | null) => DEMO_TOPICS.filter((t) => (t.sharing?.sharedWith ?? null) === w).length;
    expect(shared('platform')).toBeGreaterThanOrEqual(3);
    expect(shared('alliances')).toBeGreaterThanOrEqual(3);
    expect(shared(null)).toBeGreaterThanOrEqual(2);
    expect(new Set(DEMO_TOPICS.flatMap((t) => (t.sharing ? [t.sharing.licence] : [])))).toEqual(
      new Set(['CC-BY-4.0', 'DL-DE-BY-2.0']),
    );
    for (const adoption of DEMO_ADOPTIONS) {
      const source = DEMO_TOPICS.find((t) => t.slug === adoption.slug && t.owner === adoption.from);
      expect(source?.sharing, adoption.slug).not.toBeNull();
      expect(adoption.by, adoption.slug).not.toBe(adoption.from);
    }
    expect(DEMO_ADOPTIONS.filter((a) => a.mode === 'link').length).toBeGreaterThanOrEqual(3);
    expect(DEMO_ADOPTIONS.filter((a) => a.mode === 'copy').length).toBeGreaterThanOrEqual(2);
  });
});
