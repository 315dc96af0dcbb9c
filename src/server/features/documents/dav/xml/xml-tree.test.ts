import { describe, expect, it } from 'vitest';
import type { DavError } from '../dav-error.ts';
import { errorXml, multistatusXml, propertyElement } from './multistatus.ts';
import { lockRequest, propfindRequest, proppatchRequest } from './request-bodies.ts';
import { readXml, serializeXml } from './xml-tree.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as DavError;
  }
  throw new Error('not refused');
};

describe('WebDAV request bodies', () => {
  it('reads PROPFIND as allprop (also when empty), propname or named properties in their namespaces', () => {
    expect(propfindRequest('')).toEqual({ kind: 'allprop', include: [] });
    expect(propfindRequest('<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>')).toEqual({
      kind: 'allprop',
      include: [],
    });
    expect(propfindRequest('<propfind xmlns="DAV:"><propname/></propfind>')).toEqual({ kind: 'propname' });
    expect(
      propfindRequest(
        '<D:propfind xmlns:D="DAV:" xmlns:Z="urn:z"><D:prop><D:getetag/><Z:colour/><plain xmlns=""/></D:prop></D:propfind>',
      ),
    ).toEqual({
      kind: 'prop',
      names: [
        { uri: 'DAV:', local: 'getetag' },
        { uri: 'urn:z', local: 'colour' },
        { uri: '', local: 'plain' },
      ],
    });
  });

  it('refuses bodies that are not well-formed, carry a DOCTYPE or are the wrong element, with 400', () => {
    expect(refusal(() => propfindRequest('<D:propfind xmlns:D="DAV:"><D:prop>')).status).toBe(400);
    expect(refusal(() => propfindRequest('<propfind><prop/></propfind>')).status).toBe(400);
    const bomb = '<!DOCTYPE x [<!ENTITY a "aaaa">]><D:propfind xmlns:D="DAV:">&a;</D:propfind>';
    expect(refusal(() => propfindRequest(bomb)).type).toBe('malformed-xml');
    expect(refusal(() => propfindRequest('<D:propfind xmlns:D="DAV:"><D:foo/></D:propfind>')).status).toBe(400);
    expect(refusal(() => propfindRequest(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).status).toBe(400);
  });

  it('reads PROPPATCH in order, keeping each value as XML that declares its namespaces', () => {
    const changes = proppatchRequest(
      '<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:z"><D:set><D:prop><Z:a>x &amp; <Z:b q="1">y</Z:b></Z:a></D:prop></D:set>' +
        '<D:remove><D:prop><Z:c/></D:prop></D:remove></D:propertyupdate>',
    );
    expect(changes).toEqual([
      { op: 'set', name: { uri: 'urn:z', local: 'a' }, xml: '<Z:a xmlns:Z="urn:z">x &amp; <Z:b q="1">y</Z:b></Z:a>' },
      { op: 'remove', name: { uri: 'urn:z', local: 'c' } },
    ]);
    expect(refusal(() => proppatchRequest('')).status).toBe(400);
  });

  it('writes namespaces declared elsewhere into the element, also undeclaring a default one', () => {
    const root = readXml('<r xmlns="urn:d" xmlns:p="urn:p"><p:v a="1"><inner/><none xmlns=""/></p:v></r>');
    const value = root.children[0];
    if (typeof value === 'string' || !value) throw new Error('no element');
    expect(serializeXml(value)).toBe('<p:v xmlns:p="urn:p" a="1"><inner xmlns="urn:d"/><none/></p:v>');
    const nested = readXml('<a xmlns="urn:a"><b xmlns=""><c xmlns="urn:a"/></b></a>');
    expect(serializeXml(nested)).toBe('<a xmlns="urn:a"><b xmlns=""><c xmlns="urn:a"/></b></a>');
  });

  it('reads LOCK as a new lock (scope, owner as XML) or, without a body, a refresh', () => {
    expect(lockRequest('')).toEqual({ kind: 'refresh' });
    expect(
      lockRequest(
        '<D:lockinfo xmlns:D="DAV:"><D:lockscope><D:shared/></D:lockscope><D:locktype><D:write/></D:locktype>' +
          '<D:owner><D:href>mailto:a@b.example</D:href></D:owner></D:lockinfo>',
      ),
    ).toEqual({ kind: 'new', scope: 'shared', ownerNote: '<D:href xmlns:D="DAV:">mailto:a@b.example</D:href>' });
    expect(
      lockRequest(
        '<lockinfo xmlns="DAV:"><lockscope><exclusive/></lockscope><locktype><write/></locktype><owner>Anna &lt;3</owner></lockinfo>',
      ),
    ).toEqual({ kind: 'new', scope: 'exclusive', ownerNote: 'Anna &lt;3' });
    expect(refusal(() => lockRequest('<lockinfo xmlns="DAV:"><lockscope><other/></lockscope></lockinfo>')).status).toBe(
      400,
    );
  });
});

describe('WebDAV answers', () => {
  it('writes a multistatus with escaped hrefs and properties of any namespace', () => {
    const xml = multistatusXml([
      {
        href: '/dav/a&b/',
        propstats: [
          { status: 200, properties: [propertyElement({ uri: 'DAV:', local: 'getetag' }, '&quot;1&quot;')] },
          {
            status: 404,
            properties: [propertyElement({ uri: 'urn:z', local: 'x' }), propertyElement({ uri: '', local: 'y' })],
          },
        ],
      },
      { href: '/dav/gone', status: 404 },
    ]);
    expect(xml).toContain('<D:href>/dav/a&amp;b/</D:href>');
    expect(xml).toContain('<D:getetag>&quot;1&quot;</D:getetag>');
    expect(xml).toContain('<X:x xmlns:X="urn:z"/><y xmlns=""/>');
    expect(xml).toContain('<D:status>HTTP/1.1 404 Not Found</D:status>');
    expect(() => readXml(xml)).not.toThrow();
    expect(errorXml('lock-token-submitted', ['/dav/x'])).toContain(
      '<D:lock-token-submitted><D:href>/dav/x</D:href></D:lock-token-submitted>',
    );
  });
});
