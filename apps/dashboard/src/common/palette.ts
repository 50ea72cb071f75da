/**
 * Twenty series colours chosen for contrast on white and between neighbours; the second ten are
 * also dashed, so two similar hues never look alike.
 */
export const PALETTE = [
  '#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd',
  '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#b5a300',
  '#0b3d91', '#c2185b', '#00796b', '#ef6c00', '#4527a0',
  '#00838f', '#5d4037', '#ad1457', '#37474f', '#827717',
];

/** A neutral grey, apart from the palette's, for "everything else" (other sources). */
export const OTHER_COLOUR = '#a0a8b8';
/** The label and series key of what the loudest sources leave out; the NUL keeps the key apart from a source named "other". */
export const OTHER_SOURCES = 'other sources';
export const OTHER_KEY = '\u0000other';

export interface SeriesStyle { color: string; dash: number[] }

export function seriesStyle(index: number): SeriesStyle {
  const i = ((index % 40) + 40) % 40;
  return { color: PALETTE[i % 20], dash: i % 40 >= 10 && i % 40 < 20 ? [6, 3] : i >= 30 ? [2, 2] : [] };
}

/** Colour with alpha, for filled areas. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Stable colour per narrative: the narrative's position in the id-sorted list. */
export class NarrativeColours {
  private readonly index = new Map<string, number>();
  constructor(ids: string[]) {
    [...ids].sort(compareIds).forEach((id, i) => this.index.set(id, i));
  }
  style(id: string): SeriesStyle {
    return seriesStyle(this.index.get(id) ?? this.index.size);
  }
}

function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
