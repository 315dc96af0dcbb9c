import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

// Images for the library's tests, made on the spot: no binary fixtures in the repository.

/**
 * A photo-like JPEG (grain, so that it compresses as photos do rather than as a flat colour), with the
 * EXIF data a phone writes: orientation, author, camera and the place it was taken.
 */
export async function photo(width: number, height: number, orientation = 1): Promise<Buffer> {
  // Grain a quarter of the size, scaled up: soft shapes as in a photo, and quick to make.
  const grain = await sharp({
    create: {
      width: Math.ceil(width / 4),
      height: Math.ceil(height / 4),
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  return sharp(grain)
    .resize(width, height, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Artist: 'Jane Doe', Make: 'Testkamera' }, IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' } })
    .withMetadata({ orientation })
    .toBuffer();
}

/** A small image of one colour in the given format. */
export async function plain(format: 'png' | 'webp' | 'gif', width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#3c6' } })
    .toFormat(format)
    .toBuffer();
}

/** An animated GIF of `frames` frames of different colours. */
export async function animatedGif(width: number, frameHeight: number, frames: number): Promise<Buffer> {
  const roll = Buffer.alloc(width * frameHeight * frames * 4);
  for (let f = 0; f < frames; f++) {
    for (let p = 0; p < width * frameHeight; p++) {
      const i = (f * width * frameHeight + p) * 4;
      roll[i] = (f * 97) & 0xff;
      roll[i + 1] = (f * 41) & 0xff;
      roll[i + 2] = 200;
      roll[i + 3] = 255;
    }
  }
  return sharp(roll, { raw: { width, height: frameHeight * frames, channels: 4, pageHeight: frameHeight } })
    .gif({ loop: 0, delay: 100 })
    .toBuffer();
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid black-and-white PNG of `side` × `side` pixels that is only a few kilobytes: it would unpack
 * into far more memory than its size suggests.
 */
export function pixelBomb(side: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(1 + Math.ceil(side / 8));
  const rows = Buffer.alloc(row.length * side);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An SVG that runs script when opened on its own. */
export const HOSTILE_SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);

/** Starts like a GIF (its magic number), carries HTML and script after it, and is no image at all. */
export const GIF_POLYGLOT = Buffer.from('GIF89a/*<html><script>alert(1)</script></html>*/');
