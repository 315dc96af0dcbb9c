import { describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import { matchUnits } from './match-units.ts';
import { parseXliff } from './parse-xliff.ts';
import { htmlFromSegments, segmentsOf } from './segments.ts';
import { TITLE_UNIT_ID, titleFromUnit } from './title-unit.ts';
import { fillTargets, PAGE_BODY, PAGE_ID, pageDocument, pageUnits } from './xliff-fixtures.ts';

type Version = '1.2' | '2.0';

// Inline markup as a translation tool writes it into a target, with the ids the export gave.
function markup(version: Version) {
  const v12 = version === '1.2';
  return {
    b: (id: number, text: string) =>
      v12 ? `<g id="${id}" ctype="bold">${text}</g>` : `<pc id="${id}" type="fmt" subType="xlf:b">${text}</pc>`,
    i: (id: number, text: string) =>
      v12 ? `<g id="${id}" ctype="italic">${text}</g>` : `<pc id="${id}" type="fmt" subType="xlf:i">${text}</pc>`,
    code: (id: number, text: string) =>
      v12
        ? `<g id="${id}" ctype="x-code">${text}</g>`
        : `<pc id="${id}" type="fmt" subType="allmende:code">${text}</pc>`,
    link: (id: number, text: string) =>
      v12
        ? `<g id="${id}" ctype="link">${text}</g>`
        : `<pc id="${id}" type="link" dataRefStart="link${id}" dataRefEnd="linkEnd">${text}</pc>`,
    lb: (id: number) => (v12 ? `<x id="${id}" ctype="lb"/>` : `<ph id="${id}" type="fmt" subType="xlf:lb"/>`),
  };
}

// Arabic, right to left, with the link moved before the bold text (the word order changes) and a
// right-to-left mark before the Latin room number.
function arabic(version: Version): Record<string, string> {
  const m = markup(version);
  return {
    title: 'تسجيل السكن &amp; تغييره',
    b1: 'ما تحتاجه',
    b2: `يمكنكم ${m.link(4, 'حجز موعد عبر الإنترنت')} بعد إحضار ${m.b(1, 'بطاقة الهوية')} و${m.i(2, 'استمارة «التسجيل»')}.${m.lb(3)}شكرًا.`,
    b3: 'أوقات العمل: الإثنين–الجمعة',
    b4: '٨–١٢ ظهرًا',
    b5: '١٤–١٦',
    b6: 'الرسوم: 12 € &lt; 15 € &amp; "مخفّضة" 🙂',
    b7: 'المكتب',
    b8: `مكتب المواطنين، الغرفة \u200F${m.code(1, 'B-12')}`,
    b9: "اقتباس مع 'فاصلة عليا'",
  };
}

function english(version: Version): Record<string, string> {
  const m = markup(version);
  return {
    title: 'Registering &amp; changing your residence',
    b1: 'What you need',
    b2: `Please bring your ${m.b(1, 'identity card')} and the ${m.i(2, 'form “Registration”')}.${m.lb(3)}You can ${m.link(4, 'book an appointment online')}.`,
    b3: 'Opening hours: Mon–Fri',
    b4: '8 am – 12 noon',
    b5: '2 pm – 4 pm',
    b6: 'Fee: €12 &lt; €15 &amp; "reduced" 🙂',
    b7: 'Office',
    b8: `Citizens’ office, room ${m.code(1, 'B-12')}`,
    b9: "A quote with an 'apostrophe'",
  };
}

const BLOCK_TAGS = /<\/?(?:h2|p|ul|li|table|tbody|tr|th|td|blockquote)\b[^>]*>/g;

const cases = [
  { version: '1.2' as const, language: 'ar', targets: arabic('1.2') },
  { version: '2.0' as const, language: 'ar', targets: arabic('2.0') },
  { version: '1.2' as const, language: 'en', targets: english('1.2') },
  { version: '2.0' as const, language: 'en', targets: english('2.0') },
];

describe.each(cases)('German → $language through XLIFF $version', ({ version, language, targets }) => {
  const exported = (version === '1.2' ? toXliff12 : toXliff20)(pageDocument(language));
  const returned = fillTargets(exported, targets);
  const parsed = parseXliff(returned, { maxBytes: 1_000_000 });

  it('reads the filled file back with its page, source version and languages', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file).toMatchObject({
      version,
      pageId: PAGE_ID,
      sourceVersion: 7,
      sourceLanguage: 'de',
      targetLanguage: language,
    });
    expect(parsed.file.units.map((unit) => unit.id)).toEqual(pageUnits().map((unit) => unit.id));
  });

  it('matches every unit of the unchanged page, so the check step shows nothing to resolve', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const report = matchUnits(parsed.file.units, pageUnits());
    expect(report.counts).toEqual({
      matched: 10,
      'source-changed': 0,
      'empty-target': 0,
      'missing-in-file': 0,
      'unknown-id': 0,
    });
  });

  it('rebuilds the body in the source block structure with the translated text and markup', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const translations = new Map(parsed.file.units.map((unit) => [unit.id, unit.target ?? '']));
    const rebuilt = htmlFromSegments(PAGE_BODY, translations);

    expect(rebuilt.untranslated).toEqual([]);
    expect(rebuilt.linksRemoved).toEqual([]);
    expect(rebuilt.html.match(BLOCK_TAGS)).toEqual(PAGE_BODY.match(BLOCK_TAGS));
    const expected = Object.entries(targets)
      .filter(([id]) => id !== TITLE_UNIT_ID)
      .map(([, target]) => parseTargetAsHtml(target));
    expect(segmentsOf(rebuilt.html).map((segment) => segment.html)).toEqual(expected);
    expect(rebuilt.html).toContain('<a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1">');
    expect(rebuilt.html).toContain('<td colspan="2">');
    expect(rebuilt.html).toContain('<p><br></p>');
    expect(rebuilt.html).not.toMatch(/<(g|pc|ph|x)\b/);
  });

  it('gives the title back as plain text', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const title = parsed.file.units.find((unit) => unit.id === TITLE_UNIT_ID)?.target ?? '';
    expect(titleFromUnit(title)).toBe(
      language === 'ar' ? 'تسجيل السكن & تغييره' : 'Registering & changing your residence',
    );
  });
});

// The HTML a target in tool markup stands for: the same translation written with our inline HTML.
function parseTargetAsHtml(target: string): string {
  return target
    .replace(/<(?:g|pc) id="\d+" (?:ctype="bold"|type="fmt" subType="xlf:b")>(.*?)<\/(?:g|pc)>/g, '<strong>$1</strong>')
    .replace(/<(?:g|pc) id="\d+" (?:ctype="italic"|type="fmt" subType="xlf:i")>(.*?)<\/(?:g|pc)>/g, '<em>$1</em>')
    .replace(
      /<(?:g|pc) id="\d+" (?:ctype="x-code"|type="fmt" subType="allmende:code")>(.*?)<\/(?:g|pc)>/g,
      '<code>$1</code>',
    )
    .replace(
      /<(?:g|pc) id="\d+" (?:ctype="link"|type="link"[^>]*)>(.*?)<\/(?:g|pc)>/g,
      '<a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1">$1</a>',
    )
    .replace(/<(?:x|ph) id="\d+"[^>]*\/>/g, '<br />');
}

describe('an existing translation in the export', () => {
  it('comes back unchanged when the agency leaves it as it is', () => {
    const existing =
      'Bitte <em>Formular</em> und <strong>Ausweis</strong> mitbringen.<br /><a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1">Termin</a>';
    const units = pageUnits().map((unit) => (unit.id === 'b2' ? { ...unit, target: existing } : unit));
    for (const toXliff of [toXliff12, toXliff20]) {
      const parsed = parseXliff(toXliff({ ...pageDocument('en'), units }), { maxBytes: 100_000 });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(parsed.file.units.find((unit) => unit.id === 'b2')?.target).toBe(existing);
      expect(parsed.file.units.find((unit) => unit.id === 'b1')?.target).toBeNull();
    }
  });
});
