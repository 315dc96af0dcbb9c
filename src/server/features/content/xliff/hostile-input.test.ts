import { describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import { matchUnits } from './match-units.ts';
import { parseXliff, type XliffLimits } from './parse-xliff.ts';
import { htmlFromSegments } from './segments.ts';
import { fillTargets, PAGE_BODY, pageDocument, pageUnits } from './xliff-fixtures.ts';
import type { XliffProblem } from './xliff-problems.ts';

const limits = { maxBytes: 1_000_000 };
const export12 = toXliff12(pageDocument('ar'));
const export20 = toXliff20(pageDocument('ar'));

function problemsOf(text: string, options: XliffLimits = limits): XliffProblem[] {
  const result = parseXliff(text, options);
  if (result.ok) throw new Error('the file was accepted');
  return result.problems;
}

function unitsOf(text: string) {
  const result = parseXliff(text, limits);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file.units;
}

describe('files that attack the parser', () => {
  it('refuses entity expansion (billion laughs) before expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE xliff [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => `  <!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`),
      ']>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="de" datatype="html"><body><trans-unit id="b1"><source>&lol9;</source></trans-unit></body></file></xliff>',
    ].join('\n');
    const started = performance.now();
    expect(problemsOf(laughs)).toEqual([{ code: 'doctype-not-allowed', line: 13 }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity (XXE) and never reads the file it names', () => {
    const xxe = export20
      .replace('<xliff ', '<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<xliff ')
      .replace('<source>Was Sie brauchen</source>', '<source>&xxe;</source>');
    const result = parseXliff(xxe, limits);
    expect(result).toEqual({ ok: false, problems: [{ code: 'doctype-not-allowed', line: 2 }] });
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('refuses an entity used without a declaration as malformed, with its position', () => {
    const problems = problemsOf(export12.replace('<source>Was Sie brauchen</source>', '<source>&xxe;</source>'));
    expect(problems).toEqual([{ code: 'malformed-xml', line: 9, column: 21, value: 'undefined entity.' }]);
  });

  it('refuses a file over the byte limit without parsing it', () => {
    const huge = export12.replace(
      '</body>',
      `${'<trans-unit id="x"><source>ä</source></trans-unit>'.repeat(40_000)}</body>`,
    );
    expect(problemsOf(huge, { maxBytes: 1_000_000 })).toEqual([
      { code: 'file-too-large', limit: 1_000_000, value: String(Buffer.byteLength(huge)) },
    ]);
  });

  it('refuses malformed XML: unclosed, crossed and garbage input', () => {
    for (const text of [
      export12.slice(0, -20),
      export12.replace('<source>Was Sie brauchen</source>', '<source><g id="1">Was</source></g>'),
      'not xml at all',
      '',
      '<p>Eine HTML-Seite<br></p>',
    ]) {
      expect(problemsOf(text)[0]?.code, text.slice(0, 40)).toBe('malformed-xml');
    }
  });

  it('refuses elements nested deeper than any XLIFF file needs', () => {
    const deep = export12.replace(
      '<source>Was Sie brauchen</source>',
      `<source>${'<mrk mtype="x-a">'.repeat(100)}x${'</mrk>'.repeat(100)}</source>`,
    );
    expect(problemsOf(deep)).toEqual([{ code: 'too-deeply-nested', limit: 40 }]);
  });

  it('refuses unknown versions and documents that are no XLIFF', () => {
    expect(problemsOf(export12.replace('document:1.2', 'document:1.1'))).toEqual([
      { code: 'unsupported-version', value: 'urn:oasis:names:tc:xliff:document:1.1' },
    ]);
    expect(problemsOf(export20.replace('version="2.0"', 'version="3.0"'))).toEqual([
      { code: 'unsupported-version', value: '3.0' },
    ]);
    expect(
      problemsOf(export20.replaceAll('document:2.0', 'document:2.2').replace('version="2.0"', 'version="2.2"'))[0]
        ?.code,
    ).toBe('unsupported-version');
    expect(problemsOf('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toEqual([{ code: 'not-xliff', name: 'html' }]);
  });
});

describe.each([
  ['1.2', export12, '<g id="1" ctype="bold">', '</g>'],
  ['2.0', export20, '<pc id="1" type="fmt" subType="xlf:b">', '</pc>'],
])('targets that try to inject markup into a page (XLIFF %s)', (_version, exported, open, close) => {
  it('refuses a script element in a target, naming the unit', () => {
    const text = fillTargets(exported, { b1: 'ما <script>alert(1)</script>' });
    expect(problemsOf(text)).toEqual([{ code: 'unknown-inline-markup', unitId: 'b1', name: 'script' }]);
  });

  it('refuses HTML elements in their own namespace and native-code elements', () => {
    const html = fillTargets(exported, {
      b1: '<h:a xmlns:h="http://www.w3.org/1999/xhtml" href="javascript:alert(1)">x</h:a>',
    });
    expect(problemsOf(html)).toEqual([{ code: 'unknown-inline-markup', unitId: 'b1', name: 'a' }]);
    const native = fillTargets(exported, { b1: '<bpt id="1">&lt;b&gt;</bpt>x<ept id="1">&lt;/b&gt;</ept>' });
    expect(problemsOf(native).map((p) => p.code)).toEqual(['unknown-inline-markup', 'unknown-inline-markup']);
  });

  it('gives escaped markup in a target back as harmless text', () => {
    const units = unitsOf(
      fillTargets(exported, {
        b1: '&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;',
      }),
    );
    const target = units.find((unit) => unit.id === 'b1')?.target ?? '';
    expect(target).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;');
    const rebuilt = htmlFromSegments(PAGE_BODY, new Map([['b1', target]]));
    expect(rebuilt.html).not.toMatch(/<script|<a href="javascript/);
  });

  it('refuses a placeholder the source does not have, or of another kind', () => {
    const unknown = fillTargets(exported, { b8: `${open.replace('id="1"', 'id="9"')}B-12${close}` });
    expect(problemsOf(unknown)).toEqual([{ code: 'target-placeholder-not-in-source', unitId: 'b8', value: '9' }]);
    const lineBreakAsPair = fillTargets(exported, { b2: `${open.replace('id="1"', 'id="3"')}x${close}` });
    expect(problemsOf(lineBreakAsPair)).toEqual([
      { code: 'target-placeholder-not-in-source', unitId: 'b2', value: '3' },
    ]);
  });

  it('takes a placeholder’s kind from the source: a bold code relabelled as a link stays bold', () => {
    const relabelled = open.replace(
      /ctype="bold"|type="fmt" subType="xlf:b"/,
      _version === '1.2' ? 'ctype="link"' : 'type="link"',
    );
    const units = unitsOf(fillTargets(exported, { b2: `${relabelled}هوية${close}` }));
    expect(units.find((unit) => unit.id === 'b2')?.target).toBe('<strong>هوية</strong>');
  });
});

describe('link addresses changed in the file', () => {
  const changed12 = (href: string) =>
    export12.replace('>https://example.org/termine?ort=k%C3%B6ln&amp;art=1</context>', `>${href}</context>`);
  const changed20 = (href: string) =>
    export20.replace(
      '&lt;a href="https://example.org/termine?ort=k%C3%B6ln&amp;amp;art=1"&gt;',
      `&lt;a href="${href}"&gt;`,
    );

  it('refuses a link address that could run a script', () => {
    for (const text of [
      changed12('javascript:alert(1)'),
      changed20('javascript:alert(1)'),
      changed20('java&amp;#9;script:x'),
    ]) {
      expect(problemsOf(text)).toEqual([expect.objectContaining({ code: 'unsafe-link', unitId: 'b2' })]);
    }
  });

  it('shows another web address as a changed source and does not put it into the page', () => {
    for (const [text, target] of [
      [changed12('https://phishing.example/'), '<g id="4" ctype="link">هنا</g>'],
      [changed20('https://phishing.example/'), '<pc id="4" type="link">هنا</pc>'],
    ] as const) {
      const units = unitsOf(fillTargets(text, { b2: target }));
      expect(matchUnits(units, pageUnits()).rows.find((row) => row.id === 'b2')?.status).toBe('source-changed');
      const translated = units.find((unit) => unit.id === 'b2')?.target ?? '';
      expect(translated).toBe('<a href="https://phishing.example/">هنا</a>');
      const rebuilt = htmlFromSegments(PAGE_BODY, new Map([['b2', translated]]));
      expect(rebuilt.html).not.toContain('phishing');
      expect(rebuilt.linksRemoved).toEqual(['b2']);
    }
  });
});

describe('files that are XLIFF but not one of our exports', () => {
  it('refuses a file that names no content page', () => {
    expect(problemsOf(export20.replace(/original="[^"]*"/, 'original="messages.json"'))).toEqual([
      { code: 'page-not-identified', value: 'messages.json' },
    ]);
  });

  it('refuses missing or malformed language tags', () => {
    expect(problemsOf(export12.replace(' target-language="ar"', ''))).toEqual([
      { code: 'invalid-language', name: 'target-language', value: '' },
    ]);
    expect(problemsOf(export20.replace('trgLang="ar"', 'trgLang="ar_EG"'))).toEqual([
      { code: 'invalid-language', name: 'trgLang', value: 'ar_EG' },
    ]);
  });

  it('refuses two units with one id, several files, and more units than allowed', () => {
    expect(problemsOf(export12.replace('<trans-unit id="b2">', '<trans-unit id="b1">'))).toEqual([
      { code: 'duplicate-unit', unitId: 'b1' },
    ]);
    const twoFiles = export20.replace('</xliff>', `${/<file[\s\S]*<\/file>/.exec(export20)?.[0]}</xliff>`);
    expect(problemsOf(twoFiles)).toEqual([{ code: 'invalid-structure', name: 'file' }]);
    expect(problemsOf(export12, { maxBytes: 1_000_000, maxUnits: 5 })).toEqual([{ code: 'too-many-units', limit: 5 }]);
  });
});
