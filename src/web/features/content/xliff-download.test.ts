import { describe, expect, it } from 'vitest';
import { fileNameOf, pagesIn } from './xliff-download.ts';

describe('a downloaded XLIFF file of several pages', () => {
  it('is saved under the name the server gives, else a plain one', () => {
    expect(
      fileNameOf(`attachment; filename="content-2026-03-01.de-en.xlf"; filename*=UTF-8''content-2026-03-01.de-en.xlf`),
    ).toBe('content-2026-03-01.de-en.xlf');
    expect(fileNameOf(null)).toBe('content.xlf');
    expect(fileNameOf('attachment')).toBe('content.xlf');
  });

  it('counts its pages, one <file> each, in XLIFF 2.0 and 1.2', () => {
    const v20 = '<xliff version="2.0"><file id="a"><unit/></file><file id="b"></file></xliff>';
    const v12 = '<xliff version="1.2">\n<file original="a" source-language="de">\n<body/></file>\n</xliff>';
    expect(pagesIn(v20)).toBe(2);
    expect(pagesIn(v12)).toBe(1);
    expect(pagesIn('<xliff><files/></xliff>')).toBe(0);
  });
});
