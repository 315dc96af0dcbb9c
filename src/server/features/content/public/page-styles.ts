import { html, type SafeHtml, trustedHtml } from '../../../platform/web-pages/html.ts';

// The few styles of a published page beyond KERN and the app's frame (index.html links both): the
// text, breadcrumb and language list, written with logical properties so right-to-left text lays
// out mirrored, and a print style that keeps the text, its contact and its source and drops the
// frame. The web app has no module for these pages, so they come inline (the CSP allows inline styles).

const CSS = `
.content-breadcrumb ol, .content-languages ul, .content-children ul {
  list-style: none; margin: 0; padding: 0;
}
.content-breadcrumb { margin-block-end: var(--kern-metric-space-default, 16px); }
.content-breadcrumb ol { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--kern-metric-space-x-small, 4px); }
.content-breadcrumb li { font-size: var(--kern-typography-font-size-medium-static, 18px); line-height: var(--kern-typography-line-height-medium-static, 24px); }
.content-breadcrumb .kern-link { padding: 0; }
.content-breadcrumb li + li::before { content: "›"; margin-inline-end: var(--kern-metric-space-x-small, 4px); }
.content-languages { margin-block: var(--kern-metric-space-default, 16px); }
.content-languages ul { display: flex; flex-wrap: wrap; gap: var(--kern-metric-space-small, 8px) var(--kern-metric-space-default, 16px); }
.content-languages a[aria-current] { font-weight: 600; text-decoration: none; }
.content-children li + li { margin-block-start: var(--kern-metric-space-small, 8px); }
.content-text { max-width: 48rem; overflow-wrap: anywhere; }
.content-text > * + * { margin-block-start: var(--kern-metric-space-small, 8px); }
.content-text p, .content-text li { font-size: var(--kern-typography-font-size-static-medium, 1.125rem); line-height: 1.5; }
.content-text ul, .content-text ol { padding-inline-start: 1.5rem; }
.content-text ul { list-style: disc; }
.content-text ol { list-style: decimal; }
.content-text h3, .content-text h4 { font-size: var(--kern-typography-font-size-static-large, 1.25rem); font-weight: 600; margin-block-start: var(--kern-metric-space-large, 24px); }
.content-text a { color: var(--kern-color-action-default, #1a3da5); text-decoration: underline; }
.content-text blockquote { border-inline-start: 4px solid var(--kern-color-layout-border, #ccc); padding-inline-start: var(--kern-metric-space-default, 16px); }
.content-text figure { margin: 0; }
.content-text img { max-width: 100%; height: auto; }
.content-text figcaption { font-size: var(--kern-typography-font-size-small-static, 16px); color: var(--kern-color-layout-text-muted, #404565); }
.content-contact { white-space: pre-line; }
@media print {
  .skip-link, .site-header, .site-footer, .content-languages, .content-breadcrumb, .content-children { display: none !important; }
  .app__main, .kern-container { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  body { font-size: 11pt; color: #000; background: #fff; }
  .content-text a[href^="http"]::after, .content-text a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  .content-text, .content-contact { max-width: none; }
  h1, h2, h3, h4 { break-after: avoid; }
  .content-text li, .content-text blockquote { break-inside: avoid; }
}`;

const STYLE = trustedHtml(`<style>${CSS.replace(/\n\s*/g, ' ').trim()}</style>`);

/** The `<style>` element for the head of a published page. */
export function contentPageStyle(): SafeHtml {
  return html`${STYLE}`;
}
