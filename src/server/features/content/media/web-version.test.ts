import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { animatedGif, GIF_POLYGLOT, photo, pixelBomb, plain } from './test-images.ts';
import { webVersionOf } from './web-version.ts';

describe('the web version of an image', () => {
  it('scales a large photo down to 1600 px wide as WebP, smaller than the original', async () => {
    const original = await photo(2000, 1200);
    const web = await webVersionOf(original, 'image/jpeg');
    const info = await sharp(web.bytes).metadata();
    expect(info).toMatchObject({ format: 'webp', width: 1600, height: 960 });
    expect(web).toMatchObject({ width: 2000, height: 1200 });
    expect(web.bytes.length).toBeLessThan(original.length);
  });

  it('turns a photo upright by its EXIF orientation and leaves out camera, author and place', async () => {
    const original = await photo(300, 200, 6);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const web = await webVersionOf(original, 'image/jpeg');
    const info = await sharp(web.bytes).metadata();
    expect(info).toMatchObject({ width: 200, height: 300 });
    expect(info.exif).toBeUndefined();
    expect(info.orientation).toBeUndefined();
    expect(info.xmp).toBeUndefined();
    expect(web.bytes.includes(Buffer.from('Jane Doe'))).toBe(false);
    expect(web).toMatchObject({ width: 200, height: 300 });
  });

  it('never enlarges a small image', async () => {
    const web = await webVersionOf(await plain('png', 40, 30), 'image/png');
    expect(await sharp(web.bytes).metadata()).toMatchObject({ format: 'webp', width: 40, height: 30 });
  });

  it('keeps an animation animated, with the size of one frame', async () => {
    const web = await webVersionOf(await animatedGif(60, 40, 4), 'image/gif');
    expect(await sharp(web.bytes, { animated: true }).metadata()).toMatchObject({
      format: 'webp',
      pages: 4,
      width: 60,
    });
    expect(web).toMatchObject({ width: 60, height: 40 });
  });

  it('refuses an image that would unpack into too many pixels, and bytes that only look like an image', async () => {
    await expect(webVersionOf(pixelBomb(10_000), 'image/png')).rejects.toMatchObject({
      status: 413,
      type: 'too-many-pixels',
    });
    await expect(webVersionOf(GIF_POLYGLOT, 'image/gif')).rejects.toMatchObject({ status: 400, type: 'invalid-image' });
    const truncated = (await photo(200, 100)).subarray(0, 300);
    await expect(webVersionOf(truncated, 'image/jpeg')).rejects.toMatchObject({ status: 400, type: 'invalid-image' });
  });
});
