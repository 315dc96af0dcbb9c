import type { ImageType } from '../../../platform/storage/image-type.ts';

/** Pixel width and height read from an image's header, or null when the header is not understood. */
export function imageSizeOf(bytes: Buffer, type: ImageType): { width: number; height: number } | null {
  try {
    if (type === 'image/png') {
      // IHDR is the first chunk: width and height as big-endian 32-bit integers at 16 and 20.
      return sized(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
    }
    if (type === 'image/webp') return webpSize(bytes);
    return jpegSize(bytes);
  } catch {
    return null;
  }
}

function sized(width: number, height: number) {
  return width > 0 && height > 0 && width < 1_000_000 && height < 1_000_000 ? { width, height } : null;
}

function webpSize(bytes: Buffer) {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return sized(1 + bytes.readUIntLE(24, 3), 1 + bytes.readUIntLE(27, 3));
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return sized(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff));
  }
  if (chunk === 'VP8 ') return sized(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  return null;
}

function jpegSize(bytes: Buffer) {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    const length = bytes.readUInt16BE(offset + 2);
    // Start-of-frame markers (baseline, progressive, …) carry the size; 0xc4, 0xc8 and 0xcc are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized(bytes.readUInt16BE(offset + 7), bytes.readUInt16BE(offset + 5));
    }
    offset += 2 + length;
  }
  return null;
}
