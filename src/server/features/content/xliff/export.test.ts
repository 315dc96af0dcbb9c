import { describe, expect, it } from 'vitest';
import { toXliff12 } from './export-xliff12.ts';
import { toXliff20 } from './export-xliff20.ts';
import { XLIFF12_NS, XLIFF20_NS, type XliffDocument } from './xliff-document.ts';
import { PAGE_ID, pageDocument, pageUnits } from './xliff-fixtures.ts';
import { childNamed, childrenNamed, readXml, textOf, type XmlElement } from './xml-reader.ts';

// Structural checks that run everywhere; xsd-validation.test.ts validates against the OASIS schemas.

const withTranslation: XliffDocument = {
  ...pageDocument('ar'),
  units: pageUnits().map((unit) =>
    unit.id === 'b2'
      ? {
          ...unit,
          target:
            '<a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1">موعد</a> <strong>هوية</strong> <em>استمارة</em><br />',
        }
      : unit,
  ),
};

function elements(root: XmlElement, local: string): XmlElement[] {
  return root.children.flatMap((child) =>
    typeof child === 'string' ? [] : [...(child.local === local ? [child] : []), ...elements(child, local)],
  );
}

function inlineCodes(content: XmlElement): XmlElement[] {
  return ['g', 'x', 'pc', 'ph'].flatMap((local) => elements(content, local));
}

function expectTargetCodesFromSource(unit: XmlElement, attributes: string[]): void {
  const source = elements(unit, 'source')[0];
  const target = elements(unit, 'target')[0];
  if (!source) throw new Error('unit without source');
  const sourceCodes = inlineCodes(source);
  const ids = sourceCodes.map((code) => code.attrs.get('id'));
  expect(new Set(ids).size).toBe(ids.length);
  for (const code of target ? inlineCodes(target) : []) {
    const partner = sourceCodes.find((candidate) => candidate.attrs.get('id') === code.attrs.get('id'));
    expect(partner?.local).toBe(code.local);
    for (const name of attributes) expect(code.attrs.get(name)).toBe(partner?.attrs.get(name));
  }
}

describe('toXliff12', () => {
  const root = readXml(toXliff12(withTranslation));
  const file = childNamed(root, 'file');
  const units = file ? elements(file, 'trans-unit') : [];

  it('writes an XLIFF 1.2 file naming the page, its source version and both languages', () => {
    expect(root).toMatchObject({ uri: XLIFF12_NS, local: 'xliff' });
    expect(root.attrs.get('version')).toBe('1.2');
    expect(Object.fromEntries(file?.attrs ?? [])).toEqual({
      original: `content-pages/${PAGE_ID}/v7.html`,
      'source-language': 'de',
      'target-language': 'ar',
      datatype: 'html',
    });
    expect(units.map((unit) => unit.attrs.get('id'))).toEqual(pageUnits().map((unit) => unit.id));
  });

  it('uses only ctype values of the specification or user values starting with x-', () => {
    for (const g of elements(root, 'g')) expect(g.attrs.get('ctype')).toMatch(/^(bold|italic|link|x-\S+)$/);
    for (const x of elements(root, 'x')) expect(x.attrs.get('ctype')).toBe('lb');
    for (const unit of units) expectTargetCodesFromSource(unit, ['ctype']);
  });

  it('keeps link addresses out of the text and in a context group whose name is unique in the file', () => {
    for (const text of elements(root, 'source').map(textOf)) expect(text).not.toContain('https://');
    const groups = elements(root, 'context-group');
    expect(groups.map((group) => group.attrs.get('name'))).toEqual(['links b2']);
    expect(elements(root, 'context').map(textOf)).toEqual(['https://example.org/termine?ort=k%C3%B6ln&art=1']);
  });
});

describe('toXliff20', () => {
  const root = readXml(toXliff20(withTranslation));
  const file = childNamed(root, 'file');
  const units = file ? childrenNamed(file, 'unit') : [];

  it('writes an XLIFF 2.0 file naming the page, its source version and both languages', () => {
    expect(root).toMatchObject({ uri: XLIFF20_NS, local: 'xliff' });
    expect(Object.fromEntries(root.attrs)).toEqual({ version: '2.0', srcLang: 'de', trgLang: 'ar' });
    expect(file?.attrs.get('id')).toBe('f1');
    expect(file?.attrs.get('original')).toBe(`content-pages/${PAGE_ID}/v7.html`);
    expect(units.map((unit) => unit.attrs.get('id'))).toEqual(pageUnits().map((unit) => unit.id));
  });

  it('uses the types of the specification, reserved subtypes only as defined, and a type with every subtype', () => {
    for (const pc of elements(root, 'pc')) {
      expect(pc.attrs.get('type')).toMatch(/^(fmt|link)$/);
      const subType = pc.attrs.get('subType');
      if (subType !== undefined) expect(subType).toMatch(/^(xlf:b|xlf:i|allmende:code)$/);
    }
    for (const ph of elements(root, 'ph'))
      expect([ph.attrs.get('type'), ph.attrs.get('subType')]).toEqual(['fmt', 'xlf:lb']);
    for (const unit of units) expectTargetCodesFromSource(unit, ['type', 'subType', 'dataRefStart', 'dataRefEnd']);
  });

  it('keeps a link’s address in the unit’s original data, which every data reference points into', () => {
    for (const unit of units) {
      const data = elements(unit, 'data').map((item) => item.attrs.get('id'));
      expect(new Set(data).size).toBe(data.length);
      for (const pc of elements(unit, 'pc')) {
        for (const ref of [pc.attrs.get('dataRefStart'), pc.attrs.get('dataRefEnd')]) {
          if (ref !== undefined) expect(data).toContain(ref);
        }
      }
    }
    const b2 = units.find((unit) => unit.attrs.get('id') === 'b2') as XmlElement;
    expect(elements(b2, 'data').map(textOf)).toEqual([
      '<a href="https://example.org/termine?ort=k%C3%B6ln&amp;art=1">',
      '</a>',
    ]);
    for (const text of elements(root, 'source').map(textOf)) expect(text).not.toContain('https://');
  });
});

describe.each([
  ['1.2', toXliff12],
  ['2.0', toXliff20],
])('export as XLIFF %s', (_version, toXliff) => {
  it('escapes markup characters, keeps quotes, umlauts and emoji, and leaves out characters XML cannot carry', () => {
    const xml = toXliff({
      ...pageDocument('en'),
      units: [{ id: 'b1', source: 'a &lt; b &amp;&amp; "c" ]]&gt; Ä 🙂 \u0001x' }],
    });
    const source = elements(readXml(xml), 'source')[0] as XmlElement;
    expect(textOf(source)).toBe('a < b && "c" ]]> Ä 🙂 x');
  });

  it('drops formatting of an existing translation that has no partner in the source, keeping its text', () => {
    const xml = toXliff({
      ...pageDocument('en'),
      units: [
        { id: 'b1', source: 'Ein <strong>Wort</strong>', target: '<strong>One</strong> <strong>word</strong><br />' },
      ],
    });
    const target = elements(readXml(xml), 'target')[0] as XmlElement;
    expect(inlineCodes(target).map((code) => code.attrs.get('id'))).toEqual(['1']);
    expect(textOf(target)).toBe('One word');
  });

  it('refuses a document no valid file can be made from', () => {
    const doc = pageDocument('en');
    expect(() => toXliff({ ...doc, targetLanguage: 'de_DE' })).toThrow(RangeError);
    expect(() => toXliff({ ...doc, pageId: 'a/b' })).toThrow(RangeError);
    expect(() => toXliff({ ...doc, units: [] })).toThrow(RangeError);
    expect(() => toXliff({ ...doc, units: [...doc.units, { id: 'b1', source: 'x' }] })).toThrow(RangeError);
    expect(() => toXliff({ ...doc, units: [{ id: '1 2', source: 'x' }] })).toThrow(RangeError);
  });
});
