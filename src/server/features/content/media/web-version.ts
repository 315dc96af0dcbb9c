import sharp, { type Metadata } from 'sharp';
import { MEDIA_LIMITS, type MediaType } from '../../../../shared/contracts/content-media.ts';
import { Problem } from '../../../platform/errors/problem.ts';

/** An upload made ready for pages: the original's upright size, and the version pages show. */
export interface WebVersion {
  /** Width and height of the original as it is meant to be seen (turned by its EXIF orientation). */
  width: number;
  height: number;
  /** WebP, at most MEDIA_LIMITS.webWidth wide, turned upright, without EXIF, XMP or ICC metadata. */
  bytes: Buffer;
}

const invalidImage = () =>
  new Problem(400, 'invalid-image', 'Not a readable image', 'The file is damaged or not a PNG, JPEG, WebP or GIF.');

export const tooManyPixels = () =>
  new Problem(
    413,
    'too-many-pixels',
    'Image too large',
    `An image may have at most ${MEDIA_LIMITS.pixels.toLocaleString('en')} pixels (all frames together).`,
  );

// sharp checks its own limit (limitInputPixels) from the header too, and says so only in its message.
const exceedsPixelLimit = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message);

/**
 * Makes the web version of an image: turned upright by its EXIF orientation, scaled down (never up)
 * to at most 1600 px wide, written as WebP (animations stay animated), and without metadata (camera,
 * place, time), which sharp leaves out unless asked to keep it. The pixel count is checked from the
 * header before anything is decoded, so a small file that unpacks into gigabytes is refused cheaply.
 */
export async function webVersionOf(bytes: Buffer, type: MediaType): Promise<WebVersion> {
  const animated = type === 'image/gif' || type === 'image/webp';
  const options = { animated, limitInputPixels: MEDIA_LIMITS.pixels, failOn: 'error' } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, options).metadata();
  } catch (error) {
    throw exceedsPixelLimit(error) ? tooManyPixels() : invalidImage();
  }
  const frameWidth = metadata.width ?? 0;
  const frameHeight = metadata.pageHeight ?? metadata.height ?? 0;
  const frames = metadata.pages ?? 1;
  if (frameWidth <= 0 || frameHeight <= 0) throw invalidImage();
  if (frameWidth * frameHeight * frames > MEDIA_LIMITS.pixels) throw tooManyPixels();
  try {
    const web = await sharp(bytes, options)
      .rotate()
      .resize({ width: MEDIA_LIMITS.webWidth, withoutEnlargement: true })
      .webp({ quality: 80, effort: 4 })
      .toBuffer();
    // An animation's frames carry no orientation worth following; a still image's header may.
    const upright = (frames === 1 && metadata.autoOrient) || { width: frameWidth, height: frameHeight };
    return { width: upright.width, height: upright.height, bytes: web };
  } catch (error) {
    throw exceedsPixelLimit(error) ? tooManyPixels() : invalidImage();
  }
}
