import { describe, expect, it } from 'vitest';
import { davHref, davSegments } from './dav-path.ts';
import { spaceFolders } from './space-folders.ts';

describe('WebDAV paths', () => {
  it('decodes each segment once, in NFC, dropping empty ones; null outside /dav', () => {
    expect(davSegments('/dav')).toEqual([]);
    expect(davSegments('/dav/')).toEqual([]);
    expect(davSegments('/dav/Arbeitsraum%20%E2%80%93%20Bau//Pl%C3%A4ne/?x=1')).toEqual(['Arbeitsraum – Bau', 'Pläne']);
    expect(davSegments('/dav/a%25b')).toEqual(['a%b']);
    expect(davSegments('/dav/Pla\u0308ne')).toEqual(['Pläne']);
    expect(davSegments('/davx/a')).toBeNull();
    expect(davSegments('/api/x')).toBeNull();
  });

  it('refuses climbing, NUL, control characters, backslashes and encoded slashes with 400', () => {
    for (const path of [
      '/dav/a/../b',
      '/dav/a/%2e%2e/b',
      '/dav/a/%2E%2E',
      '/dav/.',
      '/dav/a%00b',
      '/dav/a%5C..%5Cb',
      '/dav/a%2Fb',
      '/dav/a%0Ab',
      '/dav/%E2%82',
    ]) {
      expect(() => davSegments(path), path).toThrow(expect.objectContaining({ status: 400 }));
    }
  });

  it('writes hrefs encoded, folders with a slash', () => {
    expect(davHref([], true)).toBe('/dav/');
    expect(davHref(['Arbeitsraum – Bau', 'a b&c'], true)).toBe('/dav/Arbeitsraum%20%E2%80%93%20Bau/a%20b%26c/');
    expect(davHref(['x', 'Plan €.pdf'], false)).toBe('/dav/x/Plan%20%E2%82%AC.pdf');
  });
});

describe('the folders of /dav/', () => {
  const rights = { read: true, write: true, manage: false };
  it('names each space by its kind, makes names fit for Windows and keeps them unique and stable', () => {
    const folders = spaceFolders([
      { kind: 'workspace', id: '0190-b', name: 'Bau', rights },
      { kind: 'workspace', id: '0190-a', name: 'bau', rights },
      { kind: 'organisation', id: '0190-c', name: 'Stadt A/B: "Süd"?', rights },
      { kind: 'alliance', id: '0190-d', name: '...', rights },
      { kind: 'alliance', id: '0190-e', name: 'Bau', rights },
    ]);
    expect(folders.map((f) => [f.id, f.folderName])).toEqual([
      ['0190-a', 'Arbeitsraum – bau'],
      ['0190-b', 'Arbeitsraum – Bau (0190-b)'],
      ['0190-c', 'Organisation – Stadt A B Süd'],
      ['0190-e', 'Verbund – Bau'],
      ['0190-d', 'Verbund – ohne Namen'],
    ]);
  });
});
