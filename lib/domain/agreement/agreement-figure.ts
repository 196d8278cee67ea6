/**
 * Every agreement metric returns an AgreementFigure. A figure that cannot be computed says why
 * instead of returning NaN or a made-up 0, so that a table of figures never hides an empty study
 * behind a number. `Detail` carries the metric's intermediate quantities (observed and expected
 * agreement, counts) for reviewers who want to check a figure.
 */
export type AgreementFigure<Detail extends object = Record<never, never>> =
  | ComputedFigure<Detail>
  | UncomputableFigure;

export type ComputedFigure<Detail extends object = Record<never, never>> = { value: number } & Detail;

export interface UncomputableFigure {
  value: null;
  reason: string;
}

export function notComputable(reason: string): UncomputableFigure {
  return { value: null, reason };
}

/** Wraps a computed value; a non-finite one (a division that slipped through) becomes uncomputable. */
export function computedFigure<Detail extends object>(value: number, detail: Detail): AgreementFigure<Detail> {
  if (!Number.isFinite(value)) return notComputable(`The computation produced ${value}, not a number`);
  return { ...detail, value };
}
