import { describe, expect, it } from 'vitest';
import { noteText } from './views.ts';

describe('the owner note of a WebDAV lock', () => {
  it('shows the text of the XML a client sent, not its markup', () => {
    expect(noteText('<D:href xmlns:D="DAV:">mailto:anna@seevetal.example</D:href>')).toBe(
      'mailto:anna@seevetal.example',
    );
    expect(noteText('<owner>Anna &amp; Bernd &lt;Büro&gt;</owner>')).toBe('Anna & Bernd <Büro>');
    expect(noteText('')).toBe('');
  });
});
