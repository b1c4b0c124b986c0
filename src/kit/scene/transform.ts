// Scene motion as one CSS `transform` string, which Moving hands to the browser (Web Animations):
// the animation runs without JavaScript each frame, and on the compositor for an HTML box (never
// inside an <svg>: see SceneStage). Separate x / y / scale values would have to be combined and
// written by script on every frame.
//   <Moving as="li" to={withOpacity({ y: -18, scale: 0.95, opacity: 1 })} />
//   <Moving to={{ transform: toBoxTransform({ x: 245, y: 730 }, CLIMBER_BOX) }} />

export interface Placement {
  x?: number;
  y?: number;
  scale?: number;
  /** Vertical stretch on top of `scale`. */
  scaleY?: number;
}

/** A rectangle in a drawing's own units (an SVG viewBox). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Always the same two functions, so any two placements interpolate term by term. */
function formatTransform(x: string, y: string, scale: number, scaleY: number): string {
  return `translate(${x}, ${y}) scale(${scale}, ${scale * scaleY})`;
}

export function toTransform({ x = 0, y = 0, scale = 1, scaleY = 1 }: Placement): string {
  return formatTransform(`${x}px`, `${y}px`, scale, scaleY);
}

/**
 * A placement in drawing units, for a layer whose box spans `box` of them: a percentage of the layer's
 * own size is one drawing unit at any size the drawing is shown.
 */
export function toBoxTransform({ x = 0, y = 0, scale = 1, scaleY = 1 }: Placement, box: Box): string {
  const percent = (units: number, span: number) => `${Number(((units / span) * 100).toFixed(4))}%`;
  return formatTransform(percent(x, box.width), percent(y, box.height), scale, scaleY);
}

/** A placement with its opacity, as the pose of a Moving element. */
export function withOpacity({ opacity, ...placement }: Placement & { opacity: number }): { opacity: number; transform: string } {
  return { opacity, transform: toTransform(placement) };
}
