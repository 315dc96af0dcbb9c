import { get } from 'node:http';

// The searches of `npm run bench:atlas` (bench/atlas.ts) and how they are checked and recorded.

/** The mix: the atlas as first opened, words (stems, compound parts, umlaut spellings, a typo), filters, both. */
export const SEARCHES = [
  '',
  'q=Feuerwehren',
  'q=versorgung',
  'q=Breitbnad',
  'q=Muellabfuhr',
  'q=Digitalisierung%20Verwaltung',
  'q=Kl%C3%A4ranlage',
  'q=Schulverband',
  'q=Winterdienst&page=2',
  'q=Glasfaser&land=03',
  'q=Klimaschutz&transferable=true',
  'land=09',
  'land=05&legalForm=zweckverband',
  'field=breitband',
  'field=abfall&field=abwasser',
  'sector=03&status=laufend',
  'transferable=true&sort=newest',
  'startFrom=2015&startTo=2020&sort=start',
  'kreis=KREIS',
  'partner=PARTNER',
];

/** What a browser sends; large search answers (map points) go out gzipped to it. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

/** Asks each search once, prints what it finds and fills in a Kreis and a partner; returns the paths. */
export async function prepareSearches(baseUrl: string) {
  const ask = async (query: string) => {
    const res = await fetch(`${baseUrl}/api/atlas/cooperations?${query}`);
    if (!res.ok) throw new Error(`GET /api/atlas/cooperations?${query} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as {
      total: number;
      hits: { slug: string; title: string }[];
      facets: { kreis: { value: string }[] };
      points: unknown[];
      suggestion: string | null;
    };
  };
  const all = await ask('');
  const slug = all.hits[0]?.slug;
  const record = (await (await fetch(`${baseUrl}/api/atlas/cooperations/${slug}`)).json()) as {
    partners?: { id: string }[];
  };
  const fill = (q: string) =>
    q.replace('KREIS', all.facets.kreis[0]?.value ?? '').replace('PARTNER', record.partners?.[0]?.id ?? '');
  const paths = SEARCHES.map((q) => `/api/atlas/cooperations${q ? `?${fill(q)}` : ''}`);
  const seen: Record<string, { total: number; points: number; first: string; suggestion: string | null }> = {};
  for (const q of SEARCHES) {
    const body = await ask(fill(q));
    seen[q || '(none)'] = {
      total: body.total,
      points: body.points.length,
      first: body.hits[0]?.title ?? '—',
      suggestion: body.suggestion,
    };
    console.log(
      `  ${(q || '(no filter)').padEnd(40)} → ${String(body.total).padStart(5)} hits${body.suggestion ? `, "Meinten Sie ${body.suggestion}?"` : ''}, first: ${body.hits[0]?.title.slice(0, 60) ?? '—'}`,
    );
  }
  const slugs = (await ask('pageSize=100&sort=newest')).hits.map((h) => h.slug);
  return { paths, recordPaths: slugs.map((s) => `/api/atlas/cooperations/${s}`), seen };
}

/** An answer exactly as the server sent it to a browser (gzipped where it compresses). */
export function rawAnswer(url: string): Promise<{ encoding: string | null; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: BROWSER_HEADERS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const encoding = res.headers['content-encoding'];
        resolve({ encoding: typeof encoding === 'string' ? encoding : null, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}
