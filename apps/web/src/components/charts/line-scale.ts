/** Where the points of a line chart go, in SVG user units (pixels at the chart's drawn width). */
export interface LineFrame {
  width: number;
  height: number;
  /** Room for the y-axis labels on the left and the x labels below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  min: number;
  max: number;
}

export interface LinePoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

/** The x of the i-th of n points: spread evenly over the plot, one point in the middle. */
export function xAt(frame: LineFrame, index: number, count: number): number {
  const plot = frame.width - frame.left - frame.right;
  return count <= 1 ? frame.left + plot / 2 : frame.left + (plot * index) / (count - 1);
}

/** The y of a value (clamped to the scale); larger values higher up. */
export function yAt(frame: LineFrame, value: number): number {
  const plot = frame.height - frame.top - frame.bottom;
  const clamped = Math.max(frame.min, Math.min(frame.max, value));
  return frame.top + plot * (1 - (clamped - frame.min) / (frame.max - frame.min));
}

/**
 * The line's segments: runs of consecutive values; a null (no score that week) breaks the line,
 * so a gap is never drawn as if the value were known.
 */
export function lineSegments(values: readonly (number | null)[], frame: LineFrame): LinePoint[][] {
  const segments: LinePoint[][] = [];
  let current: LinePoint[] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      if (current.length) segments.push(current);
      current = [];
      return;
    }
    current.push({ index, x: xAt(frame, index, values.length), y: yAt(frame, value), value });
  });
  if (current.length) segments.push(current);
  return segments;
}

/** Which x labels to write so they do not overlap: every k-th from the first, and always the last. */
export function labelIndexes(count: number, plotWidth: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const fits = Math.max(1, Math.floor(plotWidth / labelWidth));
  const step = Math.max(1, Math.ceil(count / fits));
  const indexes: number[] = [];
  for (let i = 0; i < count; i += step) indexes.push(i);
  const last = count - 1;
  if (indexes[indexes.length - 1] !== last) {
    // Replace the one before if it would crowd the last label.
    if (indexes.length > 1 && last - indexes[indexes.length - 1] < step) indexes.pop();
    indexes.push(last);
  }
  return indexes;
}
