import { invalid } from '../errors/problem.ts';
import { singleLine } from '../http/input-text.ts';
import type { BlobStorage } from './blob-storage.ts';
import { type ImageType, imageTypeOf } from './image-type.ts';

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

/** A file name safe to store and to hand back: no path, one line (the platform's rule), at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = singleLine(base).replaceAll('"', '').trim().slice(0, 255);
  if (name === '' || name === '.' || name === '..') {
    throw invalid([{ field: 'querystring:/name', message: 'must name the file (header X-File-Name or ?name=)' }]);
  }
  return name;
}

/** An uploaded file once its bytes are stored: what a feature's row records about it. */
export interface StoredUpload {
  blobKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  /** The image type recognised by the bytes, or null. */
  image: ImageType | null;
}

/**
 * Checks and stores an uploaded file (after the caller has decided who may upload). Images are
 * recognised by their bytes, not by the declared type; anything else keeps a well-formed declared
 * type (or application/octet-stream) and is only ever served as a download. An empty body or a
 * missing name is 400, and nothing is stored. The blob is written before any row may point to it,
 * so a reader never finds a key without bytes.
 */
export async function storeUpload(
  storage: BlobStorage,
  upload: { bytes: Buffer; fileName: string; declaredType: string },
): Promise<StoredUpload> {
  if (upload.bytes.length === 0) throw invalid([{ field: 'body:/', message: 'must not be empty' }]);
  const fileName = cleanFileName(upload.fileName);
  const image = imageTypeOf(upload.bytes);
  const declared = upload.declaredType.toLowerCase();
  const mediaType =
    image ?? (MEDIA_TYPE.test(declared) && !declared.startsWith('image/') ? declared : 'application/octet-stream');
  const blobKey = await storage.put(upload.bytes);
  return { blobKey, fileName, mediaType, size: upload.bytes.length, image };
}
