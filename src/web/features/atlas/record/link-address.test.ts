import { describe, expect, it } from 'vitest';
import { linkAddress } from './rich-text-editor.tsx';

describe('a link address typed into the editor', () => {
  const origin = 'https://allmende.example';

  it('keeps web and mail addresses and takes anything else for a web address', () => {
    expect(linkAddress(' https://example.org/a ', false, origin)).toBe('https://example.org/a');
    expect(linkAddress('mailto:bauhof@seevetal.de', false, origin)).toBe('mailto:bauhof@seevetal.de');
    expect(linkAddress('example.org', false, origin)).toBe('https://example.org');
    expect(linkAddress('', false, origin)).toBe('');
  });

  it('keeps paths of the app, and turns its own addresses into paths, only where app paths are allowed', () => {
    expect(linkAddress('/network/wiki/1', true, origin)).toBe('/network/wiki/1');
    expect(linkAddress(`${origin}/atlas/breitband`, true, origin)).toBe('/atlas/breitband');
    // Two slashes name another host, not a path of this app.
    expect(linkAddress('//evil.example/x', true, origin)).not.toBe('//evil.example/x');
    expect(linkAddress('/network/wiki/1', false, origin)).not.toBe('/network/wiki/1');
  });
});
