import type { FolderListing } from '../src/shared/contracts/documents.ts';
import type { DocumentsWorld } from './documents-seed.ts';

// A folder of many entries read the two ways: PROPFIND Depth 1 over WebDAV (as Explorer, Finder and
// Office ask when a folder is opened) and the REST listing the web app asks for.

export interface ListingFigures {
  what: string;
  requests: number;
  /** Entries in each answer (the folder itself counted for PROPFIND). */
  entries: number;
  bytes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** Asks `ask` once unmeasured, then `requests` times one after the other. */
async function timed(
  what: string,
  requests: number,
  ask: () => Promise<{ entries: number; bytes: number }>,
): Promise<ListingFigures> {
  let answer = await ask();
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    answer = await ask();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    what,
    requests,
    ...answer,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1] as number),
  };
}

/** The REST listing of the folder, as the web app's folder page asks for it. */
export function restListing(baseUrl: string, world: DocumentsWorld, requests: number) {
  const url = `${baseUrl}/api/documents/spaces/workspace/${world.workspaceId}/items?folder=${world.folderId}`;
  return timed('GET …/items?folder= (REST)', requests, async () => {
    const res = await fetch(url, { headers: { cookie: world.cookie } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`the folder listing answered ${res.status}: ${text.slice(0, 300)}`);
    const items = (JSON.parse(text) as FolderListing).items.length;
    if (items !== world.entries) throw new Error(`the folder listing has ${items} items, not ${world.entries}`);
    return { entries: items, bytes: Buffer.byteLength(text) };
  });
}

// What Windows Explorer asks for when it opens a folder.
const EXPLORER_BODY = `<?xml version="1.0" encoding="utf-8" ?>
<D:propfind xmlns:D="DAV:"><D:prop>
<D:name/><D:parentname/><D:href/><D:ishidden/><D:isreadonly/><D:getcontenttype/><D:contentclass/>
<D:getcontentlanguage/><D:creationdate/><D:lastaccessed/><D:getlastmodified/><D:getcontentlength/>
<D:iscollection/><D:isstructureddocument/><D:defaultdocument/><D:displayname/><D:isroot/><D:resourcetype/>
</D:prop></D:propfind>`;

/**
 * An app password of scope webdav for the clerk (as the account page makes one), or null when /dav/
 * does not answer yet.
 */
export async function davCredentials(baseUrl: string, world: DocumentsWorld): Promise<string | null> {
  const probe = await fetch(`${baseUrl}/dav/`, { method: 'OPTIONS' });
  if (probe.status === 404) return null;
  const res = await fetch(`${baseUrl}/api/me/app-passwords`, {
    method: 'POST',
    headers: { cookie: world.cookie, origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Benchmark', scope: 'webdav' }),
  });
  if (res.status !== 201) throw new Error(`POST /api/me/app-passwords answered ${res.status}: ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return `Basic ${Buffer.from(`${world.email}:${token}`).toString('base64')}`;
}

async function propfind(url: string, authorization: string, body: string) {
  const res = await fetch(url, {
    method: 'PROPFIND',
    headers: { authorization, depth: '1', 'content-type': 'application/xml; charset=utf-8' },
    body,
  });
  const text = await res.text();
  if (res.status !== 207) throw new Error(`PROPFIND ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

const responsesIn = (xml: string) => xml.match(/<(?:[A-Za-z]+:)?response[\s>]/g)?.length ?? 0;

/** PROPFIND Depth 1 of the folder, with the properties Explorer asks for and with allprop (an empty body). */
export async function davListings(
  baseUrl: string,
  world: DocumentsWorld,
  authorization: string,
  requests: number,
): Promise<ListingFigures[]> {
  // The space's folder is found as a client finds it: in the listing of /dav/.
  const top = await propfind(`${baseUrl}/dav/`, authorization, '');
  const hrefs = [...top.matchAll(/<(?:[A-Za-z]+:)?href>([^<]+)</g)].map((m) => m[1] as string);
  const space = hrefs.find((h) => decodeURIComponent(h).includes(world.workspaceName));
  if (!space) throw new Error(`/dav/ does not list the workspace "${world.workspaceName}": ${hrefs.join(', ')}`);
  const folder = new URL(`${space.replace(/\/?$/, '/')}${encodeURIComponent(world.folderName)}/`, baseUrl).href;
  const figures: ListingFigures[] = [];
  for (const [what, body] of [
    ['PROPFIND Depth 1 (Explorer’s properties)', EXPLORER_BODY],
    ['PROPFIND Depth 1 (allprop)', ''],
  ] as const) {
    figures.push(
      await timed(what, requests, async () => {
        const xml = await propfind(folder, authorization, body);
        const entries = responsesIn(xml);
        if (entries !== world.entries + 1)
          throw new Error(`PROPFIND answered ${entries} entries, not ${world.entries + 1}`);
        return { entries, bytes: Buffer.byteLength(xml) };
      }),
    );
  }
  return figures;
}
