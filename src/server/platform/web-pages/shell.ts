import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, type SafeHtml, scriptSafeJson } from './html.ts';
import type { PageLanguage } from './texts.ts';

// The web app's index.html, as Vite built it, made into a template once at start: the language, the
// title, the description, more head tags, the content of the root element and the "needs JavaScript"
// note are the parts a page fills in. The root element's content is what readers without scripts get;
// the app replaces it when it starts (src/web/main.tsx).

/** The element of index.html the web app renders into. */
const ROOT = '<div id="root"></div>';
/** The element carrying answers the app would otherwise fetch first (read by src/web/main.tsx). */
export const PRELOAD_ID = 'allmende-preload';

export interface PageInput {
  language: PageLanguage;
  /** The whole document title, e.g. "Kooperationsatlas – Allmende". */
  title: string;
  description: string;
  /** Further head tags (canonical link, Open Graph, JSON-LD). */
  head?: SafeHtml | undefined;
  /** Source modules of the web app (as Vite's manifest names them) whose CSS and code the page uses. */
  modules?: string[] | undefined;
  /** The content of the root element; without it the root stays empty and the note stays. */
  body?: SafeHtml | undefined;
  /** Query answers for the app's cache: key and the answer's JSON, exactly as the API sends it. */
  preload?: Array<{ key: readonly unknown[]; json: string }> | undefined;
  /**
   * False for a page the web app has no route for (published content pages): without the app's
   * scripts, which would replace the page with the app's "not found". Its CSS stays.
   */
  app?: boolean | undefined;
}

export interface WebShell {
  page(input: PageInput): string;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

function readManifest(webDist: string): Record<string, ManifestChunk> {
  const file = join(webDist, '.vite', 'manifest.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    return {};
  }
}

/**
 * Link tags for what a lazily loaded page of the app needs: its CSS (without it a page rendered here
 * would lack the page's own styles) and its code (so the app takes over sooner). What index.html
 * already links is left out.
 */
function moduleLinks(manifest: Record<string, ManifestChunk>, index: string, source: string): string[] {
  const links: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string, entry: boolean) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const css of chunk.css ?? []) {
      if (!index.includes(`/${css}"`)) links.push(`<link rel="stylesheet" crossorigin href="/${escapeHtml(css)}">`);
    }
    if (entry || !index.includes(`/${chunk.file}"`)) {
      links.push(`<link rel="modulepreload" crossorigin href="/${escapeHtml(chunk.file)}">`);
    }
    for (const imported of chunk.imports ?? []) visit(imported, false);
  };
  visit(source, true);
  return [...new Set(links)];
}

function cut(text: string, pattern: RegExp): [string, string, string] | null {
  const match = pattern.exec(text);
  if (!match) return null;
  return [text.slice(0, match.index), match[0], text.slice(match.index + match[0].length)];
}

/** Reads index.html (and Vite's manifest beside it) once; the build does not change under a running server. */
export function loadWebShell(webDist: string): WebShell {
  const index = readFileSync(join(webDist, 'index.html'), 'utf8');
  const manifest = readManifest(webDist);
  const linksOf = new Map<string, string>();
  const links = (modules: string[]) =>
    modules
      .map((source) => {
        let tags = linksOf.get(source);
        if (tags === undefined) {
          tags = moduleLinks(manifest, index, source).join('\n    ');
          linksOf.set(source, tags);
        }
        return tags;
      })
      .filter(Boolean)
      .join('\n    ');

  // index.html without its title, description and note, with markers where a page puts its own.
  let template = index;
  template = template.replace(/<html lang="[^"]*"/, '<html lang="@@allmende:lang@@"');
  template = template.replace(/<title>[^<]*<\/title>/, '@@allmende:title@@');
  template = template.replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/, '');
  template = template.replace('</head>', '@@allmende:head@@</head>');
  const note = cut(template, /<noscript>[\s\S]*?<\/noscript>/);
  const noscript = note ? note[1] : '';
  if (note) template = `${note[0]}@@allmende:note@@${note[2]}`;
  template = template.replace(ROOT, '<div id="root">@@allmende:root@@</div>');
  const markers = /@@allmende:(lang|title|head|root|note)@@/;
  const parts = template.split(markers);
  const partsWithoutApp = template
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .split(markers);

  return {
    page(input) {
      const head = [
        `<meta name="description" content="${escapeHtml(input.description)}" />`,
        input.head?.value ?? '',
        links(input.modules ?? []),
      ]
        .filter(Boolean)
        .join('\n    ');
      const preload = input.preload?.length
        ? `<script type="application/json" id="${PRELOAD_ID}">${scriptSafeJson(
            `[${input.preload.map((p) => `{"key":${JSON.stringify(p.key)},"data":${p.json}}`).join(',')}]`,
          )}</script>`
        : '';
      const values: Record<string, string> = {
        lang: input.language,
        title: `<title>${escapeHtml(input.title)}</title>`,
        head: `  ${head}\n  `,
        root: input.body ? `${input.body.value}` : '',
        note: input.body ? preload : `${noscript}${preload}`,
      };
      // Odd parts are the marker names, even parts the text between them.
      return (input.app === false ? partsWithoutApp : parts)
        .map((part, i) => (i % 2 === 1 ? (values[part] ?? '') : part))
        .join('');
    },
  };
}
