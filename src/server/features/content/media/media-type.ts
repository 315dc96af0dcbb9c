import type { MediaType } from '../../../../shared/contracts/content-media.ts';
import { imageTypeOf } from '../../../platform/storage/image-type.ts';

const GIF87A = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61];
const GIF89A = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/**
 * The library's image type the bytes really are (PNG, JPEG, WebP as the platform recognises them, and
 * GIF), or null. The declared Content-Type and the file name are never trusted: an SVG, which may carry
 * script, is none of them.
 */
export function mediaTypeOf(bytes: Uint8Array): MediaType | null {
  const image = imageTypeOf(bytes);
  if (image) return image;
  if (startsWith(bytes, GIF87A) || startsWith(bytes, GIF89A)) return 'image/gif';
  return null;
}

/** The usual file name extension of a type, for names the uploader did not give. */
export const EXTENSIONS: Record<MediaType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
