import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';

// The country an IP address is registered in, from the ranges the regional internet registries publish
// (the npm package @ip-location-db/geo-whois-asn-country, CC0), read from the disk: nothing is asked of
// any service. Coarse by design — a country, never a town — which is what the sessions page needs to
// let a person notice a sign-in from elsewhere. Loaded once per process on first use (about 550,000
// ranges; a few MB as typed arrays) and searched by bisection.

/** Where an address is: a country (ISO 3166-1 alpha-2), the local or a private network, or unknown. */
export type AddressPlace = { kind: 'country'; code: string } | { kind: 'local' } | null;

interface Ranges<T extends bigint | number> {
  starts: ArrayLike<T>;
  ends: ArrayLike<T>;
  /** Two letters per range, packed as two char codes. */
  codes: Uint16Array;
}

const PACKAGE = '@ip-location-db/geo-whois-asn-country';
let loading: Promise<{ v4: Ranges<number>; v6: Ranges<bigint> }> | null = null;

function packedCode(code: string): number {
  return (code.charCodeAt(0) << 8) | code.charCodeAt(1);
}

function unpackedCode(packed: number): string {
  return String.fromCharCode(packed >> 8, packed & 0xff);
}

async function readRanges(file: string): Promise<string[]> {
  const path = createRequire(import.meta.url).resolve(`${PACKAGE}/${file}`);
  return (await readFile(path, 'utf8')).split('\n').filter((line) => line.length > 0);
}

/** Lines are parsed in slices with a pause between, so that loading never holds up other requests. */
const SLICE = 20_000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

async function loadV4(): Promise<Ranges<number>> {
  const lines = await readRanges('geo-whois-asn-country-ipv4-num.csv');
  const starts = new Uint32Array(lines.length);
  const ends = new Uint32Array(lines.length);
  const codes = new Uint16Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (i % SLICE === 0) await pause();
    const [start, end, code] = (lines[i] as string).split(',');
    starts[i] = Number(start);
    ends[i] = Number(end);
    codes[i] = packedCode(code ?? 'ZZ');
  }
  return { starts, ends, codes };
}

/** IPv6 ranges by their upper 64 bits: registries hand out nothing smaller than a /64. */
async function loadV6(): Promise<Ranges<bigint>> {
  const lines = await readRanges('geo-whois-asn-country-ipv6-num.csv');
  const starts = new BigUint64Array(lines.length);
  const ends = new BigUint64Array(lines.length);
  const codes = new Uint16Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (i % SLICE === 0) await pause();
    const [start, end, code] = (lines[i] as string).split(',');
    starts[i] = BigInt(start ?? '0') >> 64n;
    ends[i] = BigInt(end ?? '0') >> 64n;
    codes[i] = packedCode(code ?? 'ZZ');
  }
  return { starts, ends, codes };
}

function search<T extends bigint | number>(ranges: Ranges<T>, value: T): string | null {
  let low = 0;
  let high = ranges.starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ranges.starts[middle] as T) > value) high = middle - 1;
    else if ((ranges.ends[middle] as T) < value) low = middle + 1;
    else return unpackedCode(ranges.codes[middle] as number);
  }
  return null;
}

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** The upper 64 bits of an IPv6 address (the `::` filled in). */
function v6Upper(address: string): bigint {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.slice(0, 4).reduce((n, group) => (n << 16n) | BigInt(Number.parseInt(group || '0', 16)), 0n);
}

/** Loopback, private, shared (carrier-grade NAT), link-local and unique-local addresses. */
function isLocalV4(n: number): boolean {
  const a = Math.floor(n / 2 ** 24);
  const b = Math.floor(n / 2 ** 16) % 256;
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

function isLocalV6(upper: bigint, address: string): boolean {
  const first = Number(upper >> 48n);
  return address === '::1' || (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** Where an address is, as far as the registries' ranges tell; null for no address or an unknown one. */
export async function placeOfAddress(address: string | null | undefined): Promise<AddressPlace> {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const version = isIP(ip);
  if (version === 0) return null;
  if (version === 4 && isLocalV4(v4Number(ip))) return { kind: 'local' };
  if (version === 6 && isLocalV6(v6Upper(ip.toLowerCase()), ip.toLowerCase())) return { kind: 'local' };
  loading ??= Promise.all([loadV4(), loadV6()]).then(([v4, v6]) => ({ v4, v6 }));
  let ranges: Awaited<typeof loading>;
  try {
    ranges = await loading;
  } catch {
    // The data is part of the installation; without it the page shows no place rather than failing.
    loading = null;
    return null;
  }
  const code = version === 4 ? search(ranges.v4, v4Number(ip)) : search(ranges.v6, v6Upper(ip.toLowerCase()));
  return code && /^[A-Z]{2}$/.test(code) ? { kind: 'country', code } : null;
}
