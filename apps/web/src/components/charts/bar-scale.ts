/** The scale of a bar chart: where bars start and end, as shares of the track (0–100 %). */
export interface BarScale {
  min: number;
  max: number;
  /** Share of the track (0–100) a value reaches; values outside the scale are clamped. */
  share: (value: number) => number;
  ticks: number[];
}

/** A round step of about a fifth of the span: 1, 2, 2.5 or 5 × a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/**
 * The scale for the given values: from `min` (default 0) to `max` (default: the largest value,
 * rounded up to a tick), so that bars compare honestly — they always start at the scale's minimum.
 */
export function barScale(values: Array<number | null>, bounds: { min?: number; max?: number } = {}): BarScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = bounds.min ?? Math.min(0, ...present);
  const highest = present.length ? Math.max(...present) : min;
  const top = bounds.max ?? (highest > min ? highest : min + 1);
  const step = niceStep(top - min);
  const max = bounds.max ?? Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1000; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  const share = (value: number) => Math.max(0, Math.min(100, ((value - min) / (max - min)) * 100));
  return { min, max, share, ticks };
}
