/**
 * A small monoline alphabet (capitals only) for the demo logos' initials: each letter is a few strokes
 * on a grid 14 units high (y grows downwards), drawn later with round ends at any size.
 */
export type Point = readonly [number, number];
export interface Glyph {
  width: number;
  strokes: Point[][];
}

/** Points along an ellipse from `from` to `to` degrees (0 = right, 90 = down, 270 = up). */
function arc(cx: number, cy: number, rx: number, ry: number, from: number, to: number): Point[] {
  const steps = Math.max(6, Math.ceil(Math.abs(to - from) / 8));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    return [cx + rx * Math.cos(t), cy + ry * Math.sin(t)] as const;
  });
}

const line = (...points: Point[]): Point[] => points;

export const GLYPHS: Readonly<Record<string, Glyph>> = {
  A: { width: 10, strokes: [line([0, 14], [5, 0], [10, 14]), line([1.9, 8.8], [8.1, 8.8])] },
  B: {
    width: 9,
    strokes: [
      [[0, 7], [0, 0], [4.8, 0], ...arc(4.8, 3.5, 3.5, 3.5, 270, 450), [0, 7]],
      [[0, 7], [0, 14], [5.3, 14], ...arc(5.3, 10.5, 3.7, 3.5, 90, -90), [0, 7]],
    ],
  },
  C: { width: 10.5, strokes: [arc(6.5, 7, 6.5, 7, 318, 42)] },
  D: { width: 10, strokes: [[[0, 0], [0, 14], [3.5, 14], ...arc(3.5, 7, 6.5, 7, 90, -90), [0, 0]]] },
  E: { width: 8.5, strokes: [line([8.5, 0], [0, 0], [0, 14], [8.5, 14]), line([0, 7], [7, 7])] },
  F: { width: 8.5, strokes: [line([8.5, 0], [0, 0], [0, 14]), line([0, 7], [7, 7])] },
  G: { width: 11, strokes: [[...arc(6.5, 7, 6.5, 7, 318, 30), [12.1, 8.2], [7, 8.2]]] },
  H: { width: 10, strokes: [line([0, 0], [0, 14]), line([10, 0], [10, 14]), line([0, 7], [10, 7])] },
  I: { width: 0, strokes: [line([0, 0], [0, 14])] },
  J: { width: 7, strokes: [[[7, 0], [7, 10.5], ...arc(3.5, 10.5, 3.5, 3.5, 0, 180)]] },
  K: { width: 9, strokes: [line([0, 0], [0, 14]), line([9, 0], [0, 8.5]), line([3.1, 5.6], [9.4, 14])] },
  L: { width: 8, strokes: [line([0, 0], [0, 14], [8, 14])] },
  M: { width: 12, strokes: [line([0, 14], [0, 0], [6, 10], [12, 0], [12, 14])] },
  N: { width: 10, strokes: [line([0, 14], [0, 0], [10, 14], [10, 0])] },
  O: { width: 13, strokes: [arc(6.5, 7, 6.5, 7, 0, 360)] },
  P: { width: 9, strokes: [[[0, 14], [0, 0], [5, 0], ...arc(5, 4, 4, 4, 270, 450), [0, 8]]] },
  Q: { width: 13, strokes: [arc(6.5, 7, 6.5, 7, 0, 360), line([8.2, 9.8], [12.6, 14.4])] },
  R: {
    width: 9.5,
    strokes: [[[0, 14], [0, 0], [5, 0], ...arc(5, 4, 4, 4, 270, 450), [0, 8]], line([4.6, 8], [9.5, 14])],
  },
  S: { width: 9.5, strokes: [[...arc(4.8, 3.5, 4.4, 3.5, 330, 90), ...arc(4.8, 10.5, 4.7, 3.5, 270, 510)]] },
  T: { width: 10, strokes: [line([0, 0], [10, 0]), line([5, 0], [5, 14])] },
  U: { width: 10, strokes: [[[0, 0], [0, 9], ...arc(5, 9, 5, 5, 180, 0), [10, 0]]] },
  V: { width: 10, strokes: [line([0, 0], [5, 14], [10, 0])] },
  W: { width: 14, strokes: [line([0, 0], [3.5, 14], [7, 3], [10.5, 14], [14, 0])] },
  X: { width: 10, strokes: [line([0, 0], [10, 14]), line([10, 0], [0, 14])] },
  Y: { width: 10, strokes: [line([0, 0], [5, 7], [10, 0]), line([5, 7], [5, 14])] },
  Z: { width: 10, strokes: [line([0, 0], [10, 0], [0, 14], [10, 14])] },
};

/** The capital a letter is drawn as (umlauts and ß by their base letter), or undefined. */
export function glyphOf(letter: string): Glyph | undefined {
  const base = letter.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '');
  return GLYPHS[base === 'SS' ? 'S' : base];
}
