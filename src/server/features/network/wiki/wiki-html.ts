import MarkdownIt from 'markdown-it';
import type { WikiLinkKind } from '../../../../shared/contracts/network-wiki.ts';
import { sanitizeSection } from '../../atlas/sanitize-html.ts';

// A wiki page's text is the atlas editor's rich text, sanitised as atlas sections are
// (atlas/sanitize-html.ts). The atlas allows web and mail addresses only; a wiki page also links the
// app's own pages (other wiki pages, atlas records, content pages, documents), written as app paths.
// So an app path, or an address of this app (PUBLIC_URL), is carried through the sanitiser as a web
// address of a placeholder origin and turned back into the path afterwards.

const PLACEHOLDER = 'https://app-path.invalid';
const HREF = /(<a\b[^>]*?\bhref\s*=\s*)(["'])(.*?)\2/gi;
const APP_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/?=&%#]*$/;

/** The app path an address names, if it is a path of this app (relative, or under `publicUrl`). */
export function appPathOf(href: string, publicUrl: string): string | null {
  const value = href.trim().replace(/&amp;/g, '&');
  const base = publicUrl.replace(/\/+$/, '');
  const path = value.startsWith(`${base}/`) ? value.slice(base.length) : value;
  return APP_PATH.test(path) ? path : null;
}

/** The page's text as stored: the atlas's formatting only, app links kept as paths. */
export function sanitizeWikiHtml(html: string, publicUrl: string): string {
  const marked = html.replace(HREF, (whole, start: string, quote: string, href: string) => {
    const path = appPathOf(href, publicUrl);
    return path === null ? whole : `${start}${quote}${PLACEHOLDER}${path}${quote}`;
  });
  return sanitizeSection(marked).split(`href="${PLACEHOLDER}/`).join('href="/');
}

export interface AppLink {
  kind: WikiLinkKind;
  /** A UUID, or an atlas record's slug (kind cooperation) to be looked up. */
  key: string;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const PATTERNS: { kind: WikiLinkKind; pattern: RegExp }[] = [
  { kind: 'wiki', pattern: new RegExp(`^/network/wiki/(${UUID})(?:[/?#]|$)`) },
  { kind: 'content', pattern: new RegExp(`^/content/pages/(${UUID})(?:[/?#]|$)`) },
  { kind: 'document', pattern: new RegExp(`^/documents/files/(${UUID})(?:[/?#]|$)`) },
  { kind: 'cooperation', pattern: /^\/atlas\/([a-z0-9][a-z0-9-]{0,199})(?:[/?#]|$)/ },
];

/** The app links of sanitised HTML, by kind, each once. */
export function appLinksOf(html: string): AppLink[] {
  const found = new Map<string, AppLink>();
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="(\/[^"]*)"/gi)) {
    const path = (match[1] ?? '').replace(/&amp;/g, '&');
    for (const { kind, pattern } of PATTERNS) {
      const key = pattern.exec(path)?.[1];
      if (key) {
        const link = { kind, key: kind === 'cooperation' ? key : key.toLowerCase() };
        found.set(`${kind}:${link.key}`, link);
        break;
      }
    }
  }
  return [...found.values()];
}

// Answers are Markdown, as chat messages; raw HTML stays text, and the result is sanitised again.
const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true });

/** An answer's Markdown as a wiki page's sanitised HTML. */
export function markdownToWikiHtml(markdown: string, publicUrl: string): string {
  return sanitizeWikiHtml(md.render(markdown), publicUrl);
}
