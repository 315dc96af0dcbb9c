import MarkdownIt from 'markdown-it';
import sanitize from 'sanitize-html';
import type { DocumentPreview } from '../../../../shared/contracts/documents.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { previewOf } from '../media-type.ts';

/** Characters of a text or Markdown file shown in the browser; the rest is in the download. */
export const PREVIEW_CHARS = 200_000;

// Markdown as written, without raw HTML; links only to the web and mail, images not loaded from anywhere.
const markdown = new MarkdownIt({ html: false, linkify: true });
const SANITIZE: sanitize.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel'], th: ['style'], td: ['style'], ol: ['start'] },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** Reads at most `PREVIEW_CHARS` characters' worth of a blob (never the whole of a large file). */
async function readStart(blobs: BlobStore, key: string): Promise<{ text: string; truncated: boolean }> {
  const blob = await blobs.getStream(key);
  if (!blob) throw notFound('Version');
  const limit = PREVIEW_CHARS * 4;
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of blob.body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    read += chunk.length;
    if (read >= limit) break;
  }
  blob.body.destroy();
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, limit));
  const truncated = blob.size > limit || text.length > PREVIEW_CHARS;
  return { text: text.slice(0, PREVIEW_CHARS), truncated };
}

/** A text file as text, a Markdown file as sanitised HTML; 404 for any other type. */
export async function previewVersion(
  blobs: BlobStore,
  version: { blobKey: string; mediaType: string },
): Promise<DocumentPreview> {
  const kind = previewOf(version.mediaType);
  if (kind !== 'text' && kind !== 'markdown') throw notFound('Preview');
  const { text, truncated } = await readStart(blobs, version.blobKey);
  if (kind === 'text') return { kind, text, truncated };
  return { kind, html: sanitize(markdown.render(text), SANITIZE), truncated };
}
