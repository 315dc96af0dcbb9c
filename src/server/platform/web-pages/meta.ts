import { html, type SafeHtml } from './html.ts';

/** Canonical link and the Open Graph tags link previews read (title, description, type, URL). */
export function openGraph(input: { url: string; title: string; description: string; type: string }): SafeHtml {
  return html`<link rel="canonical" href="${input.url}" />
    <meta property="og:type" content="${input.type}" />
    <meta property="og:title" content="${input.title}" />
    <meta property="og:description" content="${input.description}" />
    <meta property="og:url" content="${input.url}" />
    <meta property="og:site_name" content="Allmende" />`;
}
