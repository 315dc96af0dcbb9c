import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { XLIFF_LIMITS } from '../../../../shared/contracts/content-xliff.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { contentXliffChecks } from '../tables.ts';
import { call, createdPage, upload, xliffWorld } from './translation-fixtures.ts';

// Returned files that attack the parser or are not what the check reads: each is refused with a
// problem+json answer, and no check is stored.

const t = await buildTestApp();
const { organisation, admin } = await xliffWorld(t);
const page = await createdPage(t, admin, organisation.id);
const exported = (await call(t, admin, 'GET', `/api/content/pages/${page.id}/xliff?target=ar`)).body;
const XLIFF_BODY = exported.replace(/^<\?xml[^>]*>\n/, '');

const laughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE xliff [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, level) => `  <!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`),
  ']>',
  XLIFF_BODY.replace('<source>Was Sie brauchen</source>', '<source>&lol9;</source>'),
].join('\n');

const xxe = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>',
  XLIFF_BODY.replace('<source>Was Sie brauchen</source>', '<source>Was Sie brauchen</source><target>&xxe;</target>'),
].join('\n');

const cases: [string, string | Buffer, number, string][] = [
  ['entity expansion (billion laughs)', laughs, 400, 'xliff-doctype-not-allowed'],
  ['an external entity (XXE)', xxe, 400, 'xliff-doctype-not-allowed'],
  ['a bare DOCTYPE', `<!DOCTYPE xliff>\n${XLIFF_BODY}`, 400, 'xliff-doctype-not-allowed'],
  ['malformed XML', exported.replace('</xliff>', ''), 400, 'xliff-malformed-xml'],
  ['an empty file', '', 400, 'xliff-malformed-xml'],
  ['XML that is not XLIFF', '<html><body>Hallo</body></html>', 400, 'xliff-not-xliff'],
  [
    'a script in a translation',
    exported.replace(
      '<source>Was Sie brauchen</source>',
      '<source>Was Sie brauchen</source><target><script>alert(1)</script></target>',
    ),
    400,
    'xliff-unknown-inline-markup',
  ],
  [
    'a file of 50 levels of nesting',
    `<xliff>${'<g>'.repeat(50)}${'</g>'.repeat(50)}</xliff>`,
    400,
    'xliff-too-deeply-nested',
  ],
  ['a file in UTF-16', Buffer.from(`\ufeff${exported}`, 'utf16le'), 400, 'xliff-encoding'],
  [
    'bytes that are not UTF-8',
    Buffer.concat([Buffer.from(exported.slice(0, 200)), Buffer.from([0xc3, 0x28])]),
    400,
    'xliff-encoding',
  ],
];

describe('POST /api/content/xliff with a hostile or unusable file', () => {
  it.each(cases)('refuses %s with problem+json and stores nothing', async (_name, file, status, type) => {
    const started = performance.now();
    const res = await upload(t, admin, file);
    const problem = problemOf(res, status);
    expect(problem.type).toBe(`/problems/${type}`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(res.body).not.toContain('root:');
    expect(await t.deps.db.select().from(contentXliffChecks).where(eq(contentXliffChecks.personId, admin.id))).toEqual(
      [],
    );
  });

  it('refuses a file over the limit with 413 naming it', async () => {
    const padding = `<!--${'x'.repeat(XLIFF_LIMITS.importBytes)}-->`;
    const res = await upload(t, admin, `${exported}${padding}`);
    expect(problemOf(res, 413)).toMatchObject({
      type: '/problems/xliff-file-too-large',
      detail: expect.stringContaining('10 MiB'),
    });
    expect(await t.deps.db.select().from(contentXliffChecks).where(eq(contentXliffChecks.personId, admin.id))).toEqual(
      [],
    );
  });

  it('refuses other media types and a file name that is not URL-encoded', async () => {
    const json = await t.request({
      method: 'POST',
      url: '/api/content/xliff',
      cookie: admin.cookie,
      payload: { fileName: 'x.xlf', xliff: exported },
    });
    expect(problemOf(json, 415).type).toBe('/problems/unsupported-media-type');
    const text = await upload(t, admin, exported, '', { 'content-type': 'text/plain' });
    expect(problemOf(text, 415).type).toBe('/problems/unsupported-media-type');
    expect(problemOf(await upload(t, admin, exported, '', { 'x-file-name': '%E0%A4%A' }), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await upload(t, admin, exported, '?target=ar_EG'), 400).type).toBe('/problems/validation');
    expect(await t.deps.db.select().from(contentXliffChecks).where(eq(contentXliffChecks.personId, admin.id))).toEqual(
      [],
    );
  });

  it('accepts the same file as application/xml and text/xml, with its name from X-File-Name', async () => {
    for (const type of ['application/xml', 'text/xml; charset=utf-8', 'application/x-xliff+xml']) {
      const res = await upload(t, admin, exported, '', {
        'content-type': type,
        'x-file-name': encodeURIComponent('Übersetzung ar.xlf'),
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        fileName: 'Übersetzung ar.xlf',
        writable: false,
        pages: [{ pageId: page.id, matched: 0 }],
      });
    }
  });
});
