// The hostile values the generated bad-input test sends (openapi-bad-input-*.test.ts): what a probe
// from outside tries on every parameter. Deterministic: "random" choices come from a seeded generator.

/** A small seeded generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-formed UUID (version 4 bits) from the generator: an ID nobody has. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const HUNDRED_KB = 'x'.repeat(100_000);
const BIDI_NAME = 'rechnung\u202Efdp.exe';

/** Strings for text fields, query values and path segments (before encoding); the first six always go. */
export const HOSTILE_TEXTS: readonly string[] = [
  'a\u0000b',
  'a\uD800b',
  BIDI_NAME,
  'a\u0007\u001B[31m\u009Bb',
  HUNDRED_KB,
  'null',
  '\u2066isolated\u2069 \u202Aembedded\u202C',
  '',
  ' ',
  'NULL',
  'undefined',
  'true',
  '-1',
  '0',
  '1e300',
  '9223372036854775808',
  '-9223372036854775809',
  'NaN',
  'Infinity',
  "' OR 1=1 --",
  '"); drop table persons; --',
  '{null}',
  '{"a",}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '\\',
  '😀'.repeat(50),
];

/** Percent-encoded path segments and query values a browser would never send but a probe does. */
export const HOSTILE_ENCODED: readonly string[] = [
  '%ED%A0%80', // a lone surrogate as (invalid) UTF-8
  '%C0%AE%C0%AE', // over-long UTF-8 for ".."
  '%FF%FE',
  '%zz',
  '%',
  '%2e%2e',
  '%2F',
  '%C2%9B', // C1 control
  '..',
];

/** JSON values of the wrong type (or out of any range) for a body field. */
export const HOSTILE_JSON: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e300,
  -1e300,
  2 ** 63,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  [],
  {},
  [null],
  ['a', 1, null],
  { a: { b: { c: 'd' } } },
];

/** Raw JSON for a field that JSON.stringify cannot write: numbers beyond a double (Infinity). */
export const HOSTILE_RAW_JSON: readonly string[] = ['1e999', '-1e999', '123456789012345678901234567890'];

/** `depth` nested arrays (`[[[…]]]`) as JSON text. */
export function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** `depth` nested objects (`{"a":{"a":…}}`) as JSON text. */
export function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Whole request bodies that are not what any route wants, with the content type they claim; the first four always go. */
export const HOSTILE_BODIES: ReadonlyArray<{ payload: string; contentType?: string }> = [
  { payload: deepArray(10_000) },
  { payload: deepObject(10_000) },
  { payload: `{"constructor":${deepObject(5_000)}}` },
  { payload: '{"a":' },
  { payload: 'null' },
  { payload: '[]' },
  { payload: '"text"' },
  { payload: '123' },
  { payload: 'true' },
  { payload: '{}' },
  { payload: '{"unexpected":1}' },
  { payload: '{' },
  { payload: '{"a":1}garbage' },
  { payload: '' },
  { payload: '\u0000' },
  { payload: '\uFEFF{}' },
  { payload: 'NaN' },
  { payload: '{"__proto__":{"isPlatformAdmin":true}}' },
  { payload: '{"constructor":{"prototype":{"isPlatformAdmin":true}}}' },
  { payload: '{}', contentType: 'text/plain' },
  { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  {
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
    contentType: 'multipart/form-data; boundary=x',
  },
  { payload: '{}', contentType: 'application/json; charset=utf-16' },
  { payload: '<a/>', contentType: 'application/xml' },
];

// The catalogues' texts are encoded again for every parameter of every operation (the 100 KB one
// took seconds in all): each is encoded once.
const encoded = new Map<string, string>();

/** A string as a query value or path segment: percent-encoded, lone surrogates as their WTF-8 bytes. */
export function percentEncode(text: string): string {
  let out = encoded.get(text);
  if (out === undefined) {
    out = encode(text);
    encoded.set(text, out);
  }
  return out;
}

function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(text[i] as string);
    }
  }
  return out;
}
