// Scene motion as one CSS `transform` string, which framer hands to the browser (Web Animations):
// the animation runs without JavaScript each frame, and on the compositor where the element allows.
// framer's x / y / scale shorthands would be computed and written by script on every frame.
//   <m.g animate={{ transform: toTransform({ x: 12, y: -40 }) }} />

interface Placement {
  x?: number;
  y?: number;
  scale?: number;
  /** Vertical stretch on top of `scale`. */
  scaleY?: number;
}

/** Always the same two functions, so any two placements interpolate term by term. */
export function toTransform({ x = 0, y = 0, scale = 1, scaleY = 1 }: Placement): string {
  return `translate(${x}px, ${y}px) scale(${scale}, ${scale * scaleY})`;
}

/** A placement with its opacity, as the `animate` target of an `m.*` element. */
export function withOpacity({ opacity, ...placement }: Placement & { opacity: number }): { opacity: number; transform: string } {
  return { opacity, transform: toTransform(placement) };
}
