import { type Glyph, glyphOf, type Point } from './glyphs.ts';
import { encodePng } from './png.ts';

/** Dark KERN colours (the 700 steps of its palettes), all with white text above 7:1 contrast. */
export const LOGO_COLOURS = ['#2044aa', '#00536e', '#005741', '#005916', '#454b6b', '#734000', '#9e0000', '#5b007e'];

export interface LogoDesign {
  /** One to three capitals. */
  initials: string;
  colour: string;
  /** Kreise get a round logo, towns and municipalities a rounded square. */
  shape: 'circle' | 'square';
  /** Which light accent sits behind the letters. */
  accent: 0 | 1 | 2;
}

const SIZE = 256;
const STROKE = 1.9; // in glyph units
const LETTER_GAP = 3.2;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function segmentDistance(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSquared));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

/** The letters' strokes as segments in pixels, centred in the logo. */
function layout(initials: string): { segments: Array<[Point, Point]>; halfWidth: number } {
  const glyphs = [...initials].map(glyphOf).filter((g): g is Glyph => g !== undefined);
  const width = glyphs.reduce((sum, g) => sum + g.width, 0) + LETTER_GAP * Math.max(0, glyphs.length - 1);
  const scale = Math.min(SIZE * 0.028, (SIZE * 0.58) / Math.max(width, 1));
  const left = (SIZE - width * scale) / 2;
  const top = (SIZE - 14 * scale) / 2;
  const segments: Array<[Point, Point]> = [];
  let x = 0;
  for (const glyph of glyphs) {
    for (const stroke of glyph.strokes) {
      const points = stroke.map(([gx, gy]) => [left + (x + gx) * scale, top + gy * scale] as const);
      for (let i = 1; i < points.length; i += 1) segments.push([points[i - 1] as Point, points[i] as Point]);
      if (points.length === 1) segments.push([points[0] as Point, points[0] as Point]);
    }
    x += glyph.width + LETTER_GAP;
  }
  return { segments, halfWidth: (STROKE * scale) / 2 };
}

/** Signed distance to the logo's outline (negative inside). */
function outlineDistance(shape: LogoDesign['shape'], x: number, y: number): number {
  const c = SIZE / 2;
  if (shape === 'circle') return Math.hypot(x - c, y - c) - (c - 2);
  const radius = SIZE * 0.16;
  const half = c - 2 - radius;
  const qx = Math.abs(x - c) - half;
  const qy = Math.abs(y - c) - half;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance to the accent: a large soft circle, a band or a corner, by design. */
function accentDistance(accent: LogoDesign['accent'], x: number, y: number): number {
  if (accent === 0) return Math.hypot(x - SIZE * 0.86, y - SIZE * 0.86) - SIZE * 0.42;
  if (accent === 1) return SIZE * 0.74 - y;
  return x + y - SIZE * 0.42;
}

const coverage = (distance: number) => Math.max(0, Math.min(1, 0.5 - distance));

/** Draws the logo (256 × 256 px, transparent outside its shape) and encodes it as PNG. */
export function renderLogo(design: LogoDesign): Buffer {
  const [r, g, b] = rgb(design.colour);
  // The accent is the colour lightened by an eighth of the way to white.
  const light = [r, g, b].map((v) => Math.round(v + (255 - v) * 0.13)) as [number, number, number];
  const { segments, halfWidth } = layout(design.initials);
  const rgba = new Uint8Array(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y += 1) {
    const py = y + 0.5;
    // Only the strokes that can reach this row are measured, and only where they can reach a pixel.
    const near = segments.filter(
      ([a, c]) => Math.min(a[1], c[1]) - halfWidth - 1 <= py && Math.max(a[1], c[1]) + halfWidth + 1 >= py,
    );
    const left = Math.min(...near.map(([a, c]) => Math.min(a[0], c[0]))) - halfWidth - 1;
    const right = Math.max(...near.map(([a, c]) => Math.max(a[0], c[0]))) + halfWidth + 1;
    for (let x = 0; x < SIZE; x += 1) {
      const px = x + 0.5;
      const alpha = coverage(outlineDistance(design.shape, px, py));
      if (alpha === 0) continue;
      const accent = coverage(accentDistance(design.accent, px, py));
      let distance = Number.POSITIVE_INFINITY;
      if (px >= left && px <= right) {
        for (const [a, c] of near) distance = Math.min(distance, segmentDistance(px, py, a, c));
      }
      const ink = coverage(distance - halfWidth);
      const offset = (y * SIZE + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        const base = [r, g, b][channel] as number;
        const background = base + ((light[channel] as number) - base) * accent;
        rgba[offset + channel] = Math.round(background + (255 - background) * ink);
      }
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(SIZE, SIZE, rgba);
}

/**
 * Up to two initials of a name: "Neu Wulmstorf" → "NW", "Seevetal" → "S", "Landkreis Harburg" → "H".
 * Small words, brackets and words for the kind of body are skipped; a pair that reads as an
 * abbreviation nobody wants on a logo is cut to one letter.
 */
export function initialsOf(name: string): string {
  const skip = new Set(['am', 'an', 'auf', 'bei', 'der', 'die', 'im', 'in', 'ob', 'und', 'vor', 'a.', 'i.', 'd.']);
  const kinds = new Set(['landkreis', 'kreis', 'stadt', 'hansestadt', 'landeshauptstadt', 'gemeinde', 'markt']);
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s/–]+/)
    .filter((w) => w !== '' && !skip.has(w.toLowerCase()) && !kinds.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  const initials = words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return ['SS', 'SA', 'KZ', 'NS'].includes(initials) ? initials.slice(0, 1) : initials;
}

/** A design for an organisation: colour and accent follow from its name, so a logo never changes between runs. */
export function designFor(name: string, kind: 'circle' | 'square'): LogoDesign {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return {
    initials: initialsOf(name) || '?',
    colour: LOGO_COLOURS[hash % LOGO_COLOURS.length] as string,
    shape: kind,
    accent: ((hash >>> 8) % 3) as LogoDesign['accent'],
  };
}
