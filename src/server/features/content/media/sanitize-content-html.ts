import sanitize from 'sanitize-html';

const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;

/**
 * The one image address a page may hold: the web version of an image in the media library. No other
 * source (another site, data:, a protocol-relative address, the original file, extra parameters) is
 * kept, so a page can neither track its readers through images nor show what the library never checked.
 */
export const MEDIA_IMAGE_SRC =
  /^\/api\/content\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/file\?size=web$/;

/** The address of an image's web version, as pages embed it. */
export const mediaWebUrl = (id: string) => `/api/content/media/${id}/file?size=web`;

// The formatting of atlas sections (paragraphs, two heading levels, emphasis, lists, quotes, links)
// plus figures from the media library: <figure><img src alt><figcaption>credit</figcaption></figure>.
// Scripts, styles, event handlers, iframes and every other image are dropped.
const CONTENT_OPTIONS: sanitize.IOptions = {
  allowedTags: [
    'p',
    'h3',
    'h4',
    'strong',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'br',
    'figure',
    'img',
    'figcaption',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // An image whose source is not the library's is dropped whole, not kept without its address.
  exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_IMAGE_SRC.test(frame.attribs.src ?? ''),
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // A link to anything but a web or mail address (javascript:, data:, //host) loses its address and
    // stays as inert text; a linked page must not get a handle on the page's window.
    a: (tagName, attribs): sanitize.Tag =>
      SAFE_HREF.test(attribs.href ?? '')
        ? { tagName, attribs: { href: attribs.href ?? '', rel: 'noopener' } }
        : { tagName, attribs: {} },
    // Every image carries an alt attribute (empty for a decorative one), so screen readers never read
    // out its address instead.
    img: (tagName, attribs): sanitize.Tag => ({
      tagName,
      attribs: { src: attribs.src ?? '', alt: attribs.alt ?? '' },
    }),
  },
};

/**
 * A content page's HTML as stored and served: the formatting of atlas sections, and images only from
 * the media library (`<figure><img src="/api/content/media/<id>/file?size=web" alt="…">
 * <figcaption>…</figcaption></figure>`). The page commands use it in place of `sanitizeSection`.
 */
export function sanitizeContentHtml(html: string): string {
  return sanitize(html, CONTENT_OPTIONS).trim();
}

const MEDIA_ID_IN_SRC = /<img\b[^>]*\bsrc="\/api\/content\/media\/([0-9a-f-]{36})\/file\?size=web"/g;

/** The media IDs a sanitised page embeds, each once, in order (e.g. to check they may be used). */
export function mediaIdsIn(sanitisedHtml: string): string[] {
  return [...new Set([...sanitisedHtml.matchAll(MEDIA_ID_IN_SRC)].map((m) => m[1] as string))];
}
