import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeMaybeHtml, sanitizeSection } from './sanitize-html.ts';

describe('sanitizing sections', () => {
  it('keeps the allowed formatting', () => {
    const html =
      '<h3>Titel</h3><h4>Unter</h4><p>Text <strong>fett</strong> <em>kursiv</em><br />neu</p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>Zitat</blockquote>';
    expect(sanitizeSection(html)).toBe(html);
  });

  it('drops active content: scripts, styles, handlers, iframes, images, forms', () => {
    const out = sanitizeSection(
      '<p onclick="a()" style="x">A</p><script>b()</script><style>p{}</style><iframe src="https://x.example"></iframe><img src=x onerror=c()><form><input></form><svg onload=d()></svg>',
    );
    expect(out).toBe('<p>A</p>');
  });

  it('keeps web and mail links with rel=noopener, disarms others but keeps their text', () => {
    expect(sanitizeSection('<a href="https://a.example" target="_blank" onclick="x()">A</a>')).toBe(
      '<a href="https://a.example" rel="noopener">A</a>',
    );
    expect(sanitizeSection('<a href="mailto:a@b.example">M</a>')).toBe(
      '<a href="mailto:a@b.example" rel="noopener">M</a>',
    );
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
    ]) {
      expect(sanitizeSection(`<a href="${href}">T</a>`)).toBe('<a>T</a>');
    }
  });

  it('maps other headings and b/i to the allowed ones', () => {
    expect(sanitizeSection('<h1>A</h1><h2>B</h2><h6>C</h6><b>D</b><i>E</i>')).toBe(
      '<h3>A</h3><h3>B</h3><h4>C</h4><strong>D</strong><em>E</em>',
    );
  });

  it('leaves plain text alone where HTML is optional, and sanitizes it where it is HTML', () => {
    expect(sanitizeMaybeHtml('  A & B < C  ')).toBe('A & B < C');
    expect(sanitizeMaybeHtml('<p>A</p><script>x</script>')).toBe('<p>A</p>');
  });

  it('reads the text of a section for diffs', () => {
    expect(htmlToText('<h3>Titel</h3><p>Eins &amp; <strong>zwei</strong></p><ul><li>drei</li><li>vier</li></ul>')).toBe(
      'Titel\nEins & zwei\ndrei\nvier',
    );
  });
});
