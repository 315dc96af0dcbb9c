import { describe, expect, it } from 'vitest';
import { isEmoji } from './emoji.ts';
import { plainExcerpt, renderMessage } from './markdown.ts';
import { resolveMentions } from './mentions.ts';

describe('renderMessage', () => {
  it('renders the safe subset and nothing else', () => {
    expect(renderMessage('**a** *b* ~~c~~ # d')).toBe('<p><strong>a</strong> <em>b</em> ~~c~~ # d</p>\n');
    expect(renderMessage('![bild](https://example.org/x.png)')).not.toContain('<img');
    expect(renderMessage('<iframe src="x"></iframe>')).toBe('<p>&lt;iframe src=&quot;x&quot;&gt;&lt;/iframe&gt;</p>\n');
    expect(renderMessage('[a](/relativ) [b](data:text/html,x) [c](mailto:a@example.org)')).toBe(
      '<p>[a](/relativ) [b](data:text/html,x) <a href="mailto:a@example.org" rel="noopener nofollow" target="_blank">c</a></p>\n',
    );
    expect(renderMessage('siehe https://example.org/a?b=1')).toContain('<a href="https://example.org/a?b=1"');
    expect(renderMessage('Zeile 1\nZeile 2')).toBe('<p>Zeile 1<br>\nZeile 2</p>\n');
    expect(renderMessage('1. eins\n2. zwei')).toBe('<ol>\n<li>eins</li>\n<li>zwei</li>\n</ol>\n');
  });

  it('marks mentions outside code and links', () => {
    const html = renderMessage('@Eva Maier und `@Eva Maier` und [@Eva Maier](https://example.org) @channel', [
      { id: 'p1', name: 'Eva Maier' },
    ]);
    expect(html).toBe(
      '<p><span class="mention" data-person-id="p1">@Eva Maier</span> und <code>@Eva Maier</code> und <a href="https://example.org" rel="noopener nofollow" target="_blank">@Eva Maier</a> <span class="mention mention-channel">@channel</span></p>\n',
    );
  });
});

describe('resolveMentions', () => {
  const people = [
    { id: 'a', name: 'Eva' },
    { id: 'b', name: 'Eva Maier' },
    { id: 'c', name: 'Jörg Ölmann' },
  ];
  it('takes the longest name that ends at a word boundary', () => {
    expect(resolveMentions('Hallo @Eva Maier!', people)).toEqual({ personIds: ['b'], channel: false });
    expect(resolveMentions('@eva, @jörg ölmann und mail@Eva.de', people)).toEqual({
      personIds: ['a', 'c'],
      channel: false,
    });
    expect(resolveMentions('@Evam @channels', people)).toEqual({ personIds: [], channel: false });
    expect(resolveMentions('```\n@Eva\n``` @channel', people)).toEqual({ personIds: [], channel: true });
  });
});

describe('isEmoji and plainExcerpt', () => {
  it('accepts one emoji grapheme', () => {
    for (const ok of ['👍', '👍🏿', '❤️', '🏳️‍🌈', '🇩🇪', '1️⃣', '✅']) expect(isEmoji(ok), ok).toBe(true);
    for (const bad of ['', 'a', ':)', '👍👍', '1', '🇩', 'x'.repeat(40)]) expect(isEmoji(bad), bad).toBe(false);
  });

  it('flattens Markdown for excerpts', () => {
    expect(plainExcerpt('**Wichtig:** [Link](https://x.de)\n\n```\ncode\n```')).toBe('Wichtig: Link …');
    expect(plainExcerpt('a'.repeat(200))).toHaveLength(140);
  });
});
