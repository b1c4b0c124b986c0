// Which step is active, from where the steps are: the last one whose top has crossed the trigger
// line. Scrollama reports crossings; this settles the cases it cannot see (a jump past several
// steps, a reload below the last step).

/** Before the first step has reached the trigger line, no step is active. */
export const BEFORE_FIRST_STEP = -1;

/** `tops` are the steps' top edges and `triggerLine` the trigger's y, in the same coordinates. */
export function activeIndexFromTops(tops: readonly number[], triggerLine: number): number {
  let active = BEFORE_FIRST_STEP;
  tops.forEach((top, index) => {
    if (top <= triggerLine) active = index;
  });
  return active;
}

/** The step id to name for an active index (none before the story's first step). */
export function stepIdAt(order: readonly string[], index: number): string | undefined {
  return index === BEFORE_FIRST_STEP ? undefined : order[index];
}
