import { describe, expect, it } from 'vitest';
import { depthOf, destinationPathOf, lockMinutesOf, overwriteOf } from './dav-headers.ts';
import { ifHeaderHolds, parseIfHeader, submittedTokens } from './if-header.ts';

describe('the If header', () => {
  it('parses untagged and tagged lists with Not, tokens and entity tags', () => {
    expect(parseIfHeader(undefined)).toBeNull();
    expect(parseIfHeader('(<urn:uuid:1> ["e1"]) (Not <DAV:no-lock> [W/"e2"])')).toEqual([
      {
        resource: null,
        lists: [
          [
            { not: false, token: 'urn:uuid:1' },
            { not: false, etag: '"e1"' },
          ],
          [
            { not: true, token: 'DAV:no-lock' },
            { not: true, etag: 'W/"e2"' },
          ].map((c, i) => (i === 1 ? { not: false, etag: c.etag as string } : c)),
        ],
      },
    ]);
    expect(parseIfHeader('<http://h/dav/a> (<urn:uuid:1>) <http://h/dav/b> (NOT <urn:uuid:2>)')).toEqual([
      { resource: 'http://h/dav/a', lists: [[{ not: false, token: 'urn:uuid:1' }]] },
      { resource: 'http://h/dav/b', lists: [[{ not: true, token: 'urn:uuid:2' }]] },
    ]);
  });

  it('refuses what is not well-formed with 400', () => {
    for (const bad of ['(', '<a>', '()', '(<a> x)', '(<a>) <b> (<c>)', '<a> (<b>) (<c>', 'x', '(<a)']) {
      expect(() => parseIfHeader(bad), bad).toThrow(expect.objectContaining({ status: 400 }));
    }
  });

  it('holds when some list holds for its resource; Not and ETags as RFC 4918 says', async () => {
    const state = { etag: '"v1"', lockTokens: ['urn:uuid:held'] };
    const holds = (header: string) => ifHeaderHolds(parseIfHeader(header) ?? [], async () => state);
    expect(await holds('(<urn:uuid:held>)')).toBe(true);
    expect(await holds('(<urn:uuid:other>)')).toBe(false);
    expect(await holds('(<urn:uuid:held> ["v1"])')).toBe(true);
    expect(await holds('(<urn:uuid:held> ["v2"])')).toBe(false);
    expect(await holds('(<urn:uuid:other>) (Not <DAV:no-lock>)')).toBe(true);
    expect(await holds('(<DAV:no-lock>)')).toBe(false);
    expect(await holds('(Not ["v1"])')).toBe(false);
    expect(await holds('([W/"v1"])')).toBe(true);
    const unmapped = await ifHeaderHolds(parseIfHeader('(["v1"])') ?? [], async () => ({ etag: null, lockTokens: [] }));
    expect(unmapped).toBe(false);
  });

  it('submits the tokens it names, not the negated ones', () => {
    expect(submittedTokens(parseIfHeader('<http://h/x> (<urn:c>) <http://h/y> (<urn:a> Not <urn:b>)'))).toEqual([
      'urn:c',
      'urn:a',
    ]);
    expect(submittedTokens(parseIfHeader('(<urn:a> ["x"]) (Not <urn:b>)'))).toEqual(['urn:a']);
  });
});

describe('Depth, Overwrite, Destination, Timeout', () => {
  it('reads them and refuses nonsense with 400', () => {
    expect(depthOf(undefined, 'infinity')).toBe('infinity');
    expect(depthOf('1', 'infinity')).toBe('1');
    expect(depthOf('Infinity', '0')).toBe('infinity');
    expect(() => depthOf('2', '0')).toThrow(expect.objectContaining({ status: 400 }));
    expect(overwriteOf(undefined)).toBe(true);
    expect(overwriteOf('F')).toBe(false);
    expect(() => overwriteOf('no')).toThrow(expect.objectContaining({ status: 400 }));
    expect(destinationPathOf('http://h:1/dav/a%20b/', 'h:1')).toBe('/dav/a%20b/');
    expect(destinationPathOf('/dav/x', 'h')).toBe('/dav/x');
    expect(destinationPathOf('http://H/dav/x', 'h:80')).toBe('/dav/x');
    expect(destinationPathOf('https://h/dav/x', 'h:443')).toBe('/dav/x');
    expect(() => destinationPathOf(undefined, 'h')).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => destinationPathOf('http://elsewhere/dav/x', 'h')).toThrow(expect.objectContaining({ status: 502 }));
    expect(lockMinutesOf(undefined)).toBe(60);
    expect(lockMinutesOf('Second-600')).toBe(10);
    expect(lockMinutesOf('Infinite, Second-4100000000')).toBe(7 * 24 * 60);
    expect(lockMinutesOf('Second-4100000000')).toBe(7 * 24 * 60);
    expect(lockMinutesOf('Second-1')).toBe(1);
    expect(lockMinutesOf('garbage, Second-120')).toBe(2);
  });
});
