import sanitize from 'sanitize-html';

const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;

// The formatting the record page renders: paragraphs, two heading levels, emphasis, lists, quotes
// and links. Everything else (scripts, styles, event handlers, iframes, images) is dropped.
const SECTION_OPTIONS: sanitize.IOptions = {
  allowedTags: ['p', 'h3', 'h4', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'br'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // A link to anything but a web or mail address (javascript:, data:, //host) loses its address and
    // stays as inert text; a linked page must not get a handle on the record's window.
    a: (tagName, attribs): sanitize.Tag =>
      SAFE_HREF.test(attribs.href ?? '')
        ? { tagName, attribs: { href: attribs.href ?? '', rel: 'noopener' } }
        : { tagName, attribs: {} },
  },
};

/** A rich-text section as stored and served: only the allowed formatting, no active content. */
export function sanitizeSection(html: string): string {
  return sanitize(html, SECTION_OPTIONS).trim();
}

const LOOKS_LIKE_HTML = /<[a-zA-Z!/?]/;

/**
 * A field that may be plain text or HTML (transfer requirements): HTML is sanitised like a section;
 * plain text is kept as written, since it carries nothing a browser would run.
 */
export function sanitizeMaybeHtml(text: string): string {
  return LOOKS_LIKE_HTML.test(text) ? sanitizeSection(text) : text.trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable text of a section (for diffs and excerpts): tags dropped, blocks separated by line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h[1-6]|\/li|\/blockquote)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
