import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageTypeOf } from '../../../platform/storage/image-type.ts';
import { GLYPHS } from './glyphs.ts';
import { designFor, initialsOf, renderLogo } from './render.ts';

/** The pixel at (x, y) of a PNG written by encodePng (RGBA, filter type none on every row). */
function pixel(png: Buffer, x: number, y: number): number[] {
  const width = png.readUInt32BE(16);
  let offset = 8;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      data.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(data));
  const start = y * (width * 4 + 1) + 1 + x * 4;
  return [...raw.subarray(start, start + 4)];
}

describe('demo logos', () => {
  it('are PNG files the logo upload accepts, transparent outside their shape', () => {
    const png = renderLogo(designFor('Seevetal', 'circle'));
    expect(imageTypeOf(png)).toBe('image/png');
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
    expect(png.length).toBeLessThan(512 * 1024);
    expect(pixel(png, 2, 2)[3]).toBe(0);
    expect(pixel(png, 128, 20)[3]).toBe(255);
  });

  it('draw the initials in white on the organisation’s colour', () => {
    const png = renderLogo({ initials: 'H', colour: '#2044aa', shape: 'square', accent: 1 });
    // The crossbar of the H runs through the centre; the corner inside the shape is the plain colour.
    expect(pixel(png, 128, 128)).toEqual([255, 255, 255, 255]);
    expect(pixel(png, 40, 60)).toEqual([0x20, 0x44, 0xaa, 255]);
  });

  it('take initials from the name, not from the kind of body, and draw every capital', () => {
    expect(initialsOf('Neu Wulmstorf')).toBe('NW');
    expect(initialsOf('Landkreis Harburg')).toBe('H');
    expect(initialsOf('Buchholz in der Nordheide')).toBe('BN');
    expect(initialsOf('Frankfurt (Oder)')).toBe('F');
    expect(initialsOf('Landkreis Sächsische Schweiz-Osterzgebirge')).toBe('S');
    expect(Object.keys(GLYPHS).sort().join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(designFor('Soest', 'square')).toEqual(designFor('Soest', 'square'));
  });
});
