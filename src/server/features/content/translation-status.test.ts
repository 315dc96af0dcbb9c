import { describe, expect, it } from 'vitest';
import { languagesOf, translationStatuses, type VersionFacts } from './translation-status.ts';

let clock = Date.parse('2026-12-01T09:00:00Z');
function version(language: string, number: number, over: Partial<VersionFacts> = {}): VersionFacts {
  clock += 60_000;
  return {
    language,
    number,
    minor: false,
    draft: false,
    basisLanguage: language === 'de' ? null : 'de',
    basisNumber: language === 'de' ? null : 1,
    origin: 'written',
    reviewed: true,
    createdAt: new Date(clock),
    ...over,
  };
}
const statusOf = (versions: VersionFacts[], language: string, orders: { language: string; orderedAt: Date }[] = []) =>
  translationStatuses('de', [language], versions, orders)[0]?.status;

describe('translation status', () => {
  it('is missing without a published version, and current after one made from the latest source', () => {
    const de = version('de', 1);
    expect(statusOf([de], 'en')).toBe('missing');
    expect(statusOf([de, version('en', 1, { draft: true })], 'en')).toBe('missing');
    expect(statusOf([de, version('en', 1)], 'en')).toBe('current');
  });

  it('becomes outdated by a major change of the source, not by a minor one or a draft', () => {
    const base = [version('de', 1), version('en', 1, { basisNumber: 1 })];
    expect(statusOf([...base, version('de', 2, { minor: true })], 'en')).toBe('current');
    expect(statusOf([...base, version('de', 2, { draft: true })], 'en')).toBe('current');
    expect(statusOf([...base, version('de', 2)], 'en')).toBe('outdated');
    // Translated again from the new source: current again.
    expect(statusOf([...base, version('de', 2), version('en', 2, { basisNumber: 2 })], 'en')).toBe('current');
  });

  it('follows a translation made from another translation (German → English → Arabic)', () => {
    const chain = [version('de', 1), version('en', 1), version('ar', 1, { basisLanguage: 'en', basisNumber: 1 })];
    // The German changes: English is outdated, Arabic (made from English) is not yet.
    const changed = [...chain, version('de', 2)];
    expect(statusOf(changed, 'en')).toBe('outdated');
    expect(statusOf(changed, 'ar')).toBe('current');
    // English translated again: now Arabic is behind.
    expect(statusOf([...changed, version('en', 2, { basisNumber: 2 })], 'ar')).toBe('outdated');
  });

  it('marks a machine translation until a person has reviewed it', () => {
    const de = version('de', 1);
    expect(statusOf([de, version('uk', 1, { origin: 'machine', reviewed: false })], 'uk')).toBe('machine');
    expect(statusOf([de, version('uk', 1, { origin: 'machine', reviewed: true })], 'uk')).toBe('current');
  });

  it('is in translation from an order after the last published version until one returns', () => {
    const de = version('de', 1);
    const en = version('en', 1);
    const ordered = [{ language: 'fa', orderedAt: new Date(clock + 1) }];
    expect(statusOf([de], 'fa', ordered)).toBe('in-translation');
    const returned = version('fa', 1, { origin: 'xliff' });
    expect(
      statusOf([de, en, returned], 'fa', [{ language: 'fa', orderedAt: new Date(returned.createdAt.getTime() - 1) }]),
    ).toBe('current');
  });

  it('lists the source first, then the other languages alphabetically, and never rates the source', () => {
    const versions = [version('de', 1), version('uk', 1), version('ar', 1)];
    expect(languagesOf('de', versions, [{ language: 'en', orderedAt: new Date() }])).toEqual(['de', 'ar', 'en', 'uk']);
    expect(translationStatuses('de', ['de', 'ar'], versions).map((s) => s.language)).toEqual(['ar']);
  });
});
