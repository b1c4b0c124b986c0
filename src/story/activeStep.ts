// Which step is active, from where the steps are: the last one whose top has crossed the trigger
// line. Scrollama reports crossings; this settles the cases it cannot see (a jump past several
// steps, a reload below the last step).

/** `tops` are the steps' top edges and `triggerLine` the trigger's y, in the same coordinates. */
export function activeIndexFromTops(tops: readonly number[], triggerLine: number): number {
  let active = 0;
  tops.forEach((top, index) => {
    if (top <= triggerLine) active = index;
  });
  return active;
}
