import { describe, expect, it } from 'vitest';
import { htmlFromSegments, segmentsOf } from './segments.ts';
import { titleFromUnit, titleUnit } from './title-unit.ts';

describe('segmentsOf', () => {
  it('makes one unit of the inline content of each paragraph, heading, quote and table cell, in document order', () => {
    const html =
      '<h2>Titel</h2><p>Absatz</p><h3>Drei</h3><h4>Vier</h4><blockquote>Zitat</blockquote>' +
      '<table><thead><tr><th>Kopf</th></tr></thead><tbody><tr><td>Zelle</td><td>Zwei</td></tr></tbody></table>';
    expect(segmentsOf(html)).toEqual([
      { id: 'b1', html: 'Titel' },
      { id: 'b2', html: 'Absatz' },
      { id: 'b3', html: 'Drei' },
      { id: 'b4', html: 'Vier' },
      { id: 'b5', html: 'Zitat' },
      { id: 'b6', html: 'Kopf' },
      { id: 'b7', html: 'Zelle' },
      { id: 'b8', html: 'Zwei' },
    ]);
  });

  it('makes a list item with a nested list a unit of its own text, followed by the nested items', () => {
    const html = '<ol><li>Erstens<ul><li>a</li><li>b<ol><li>tief</li></ol></li></ul></li><li>Zweitens</li></ol>';
    expect(segmentsOf(html).map((segment) => segment.html)).toEqual(['Erstens', 'a', 'b', 'tief', 'Zweitens']);
  });

  it('reads paragraphs inside list items and quotes as units, not the item around them', () => {
    expect(segmentsOf('<ul><li><p>Eins</p><p>Zwei</p></li></ul><blockquote><p>Zitat</p></blockquote>')).toEqual([
      { id: 'b1', html: 'Eins' },
      { id: 'b2', html: 'Zwei' },
      { id: 'b3', html: 'Zitat' },
    ]);
  });

  it('keeps bold, italic, code, line breaks and links inside a unit, in one canonical spelling', () => {
    const [unit] = segmentsOf(
      '<p>  Bitte <b>fett</b>, <i>schräg</i>, <code>x</code>,<br>\n <a rel="noopener" href="https://a.example/?x=1&amp;y=2">Link</a>  </p>',
    );
    expect(unit?.html).toBe(
      'Bitte <strong>fett</strong>, <em>schräg</em>, <code>x</code>,<br /><a href="https://a.example/?x=1&amp;y=2">Link</a>',
    );
  });

  it('drops scripts and unknown elements but keeps the text of the latter', () => {
    const [unit] = segmentsOf(
      '<p>Hallo <span class="x">Welt</span><script>alert(1)</script><img src=x onerror=y()></p>',
    );
    expect(unit?.html).toBe('Hallo Welt');
  });

  it('turns a link to a script or a foreign scheme into a link without address', () => {
    const units = segmentsOf(
      '<p><a href="javascript:alert(1)">a</a></p><p><a href="java\tscript:x">b</a></p><p><a href="//evil.example">c</a></p><p><a href="/\\evil.example">d</a></p>',
    );
    expect(units.map((unit) => unit.html)).toEqual(['<a>a</a>', '<a>b</a>', '<a>c</a>', '<a>d</a>']);
  });

  it('keeps mail, telephone, site and fragment links', () => {
    const units = segmentsOf(
      '<p><a href="mailto:amt@example.org">a</a> <a href="tel:+49301234">b</a> <a href="/inhalte/x">c</a> <a href="#oben">d</a></p>',
    );
    expect(units[0]?.html).toBe(
      '<a href="mailto:amt@example.org">a</a> <a href="tel:+49301234">b</a> <a href="/inhalte/x">c</a> <a href="#oben">d</a>',
    );
  });

  it('makes no unit of empty paragraphs or ones with only a line break', () => {
    expect(segmentsOf('<p></p><p> </p><p><br /></p><p>Text</p>')).toEqual([{ id: 'b1', html: 'Text' }]);
  });

  it('gives the same ids for the same body, and a change further down leaves the ids above as they were', () => {
    const before = segmentsOf('<p>Eins</p><p>Zwei</p><p>Drei</p>');
    expect(segmentsOf('<p>Eins</p><p>Zwei</p><p>Drei</p>')).toEqual(before);
    expect(segmentsOf('<p>Eins</p><p>Zwei</p><p>Drei, neu</p><p>Vier</p>').slice(0, 2)).toEqual(before.slice(0, 2));
  });

  it('counts whitespace, entity spelling and Unicode composition as the same text', () => {
    const decomposed = 'Gebu\u0308hr';
    expect(segmentsOf(`<p>  Gebühr &amp;\n Steuer</p>`)).toEqual(segmentsOf(`<p>${decomposed} &#38; Steuer</p>`));
  });
});

describe('htmlFromSegments', () => {
  const source =
    '<h2>Titel</h2>\n<ol start="3"><li>Eins<ul><li>Zwei</li></ul></li></ol>\n<table><tr><td colspan="2">Zelle <strong>fett</strong></td></tr></table><p><br /></p>';

  it('puts each translation into the source block structure, with the blocks’ attributes', () => {
    const translations = new Map([
      ['b1', 'Title'],
      ['b2', 'One'],
      ['b3', 'Two'],
      ['b4', 'Cell <strong>bold</strong>'],
    ]);
    expect(htmlFromSegments(source, translations)).toEqual({
      html: '<h2>Title</h2>\n<ol start="3"><li>One<ul><li>Two</li></ul></li></ol>\n<table><tr><td colspan="2">Cell <strong>bold</strong></td></tr></table><p><br></p>',
      untranslated: [],
      linksRemoved: [],
    });
  });

  it('keeps the source text where a translation is missing or empty, and names those units', () => {
    const rebuilt = htmlFromSegments(
      source,
      new Map([
        ['b1', 'Title'],
        ['b2', '  '],
      ]),
    );
    expect(rebuilt.html).toContain('<h2>Title</h2>');
    expect(rebuilt.html).toContain('<li>Eins<ul>');
    expect(rebuilt.untranslated).toEqual(['b2', 'b3', 'b4']);
  });

  it('sanitises translations to the inline markup: scripts and event handlers do not get through', () => {
    const rebuilt = htmlFromSegments(
      '<p>Text</p>',
      new Map([['b1', 'Hallo <script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="x()">fett</b>']]),
    );
    expect(rebuilt.html).toBe('<p>Hallo <strong>fett</strong></p>');
  });

  it('turns a translated link to an address the source unit does not link to into text', () => {
    const rebuilt = htmlFromSegments(
      '<p><a href="https://amt.example/">Amt</a></p><p>Zwei</p>',
      new Map([
        ['b1', '<a href="https://amt.example/">Office</a>'],
        ['b2', '<a href="https://phishing.example/">Two</a> <a href="javascript:alert(1)">x</a>'],
      ]),
    );
    expect(rebuilt.html).toBe('<p><a href="https://amt.example/">Office</a></p><p>Two <a>x</a></p>');
    expect(rebuilt.linksRemoved).toEqual(['b2']);
  });
});

describe('the title unit', () => {
  it('carries the title as escaped text and gives a translated title back as plain text', () => {
    expect(titleUnit(' Steuern & <Gebühren> ')).toEqual({ id: 'title', source: 'Steuern &amp; &lt;Gebühren&gt;' });
    expect(titleFromUnit('Taxes &amp; <strong>fees</strong><br />today')).toBe('Taxes & fees today');
  });
});
