// How fast the story must be ready in a publisher's frame, as the browser suite and the cross-engine
// scenarios both check it, free of any test runner: a cross-site or sandboxed frame within 1.2×
// (+200 ms) of the same frame on a host of the story's own site, medians of alternated rounds.
//   const ms = (await frame.evaluate(readyAtInPage)) - hostTimeOrigin; isWithinReadyBound(median(cross), median(same));

/** How much slower than the same frame on a same-site host a cross-site or sandboxed frame may be. */
export const READY_BOUND = { ratio: 1.2, slackMs: 200 } as const;

/** Rounds per kind of frame, the kinds alternated so the machine's load falls on all of them. */
export const READY_ROUNDS = 3;

/** True when `ms` is within READY_BOUND of `sameSiteMs`. */
export const isWithinReadyBound = (ms: number, sameSiteMs: number) => ms <= sameSiteMs * READY_BOUND.ratio + READY_BOUND.slackMs;

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** In the story's frame: the epoch time of its `story-ready` mark (useMarkReady.ts), or null before it. */
export function readyAtInPage(): number | null {
  const mark = performance.getEntriesByName('story-ready', 'mark')[0];
  return mark ? performance.timeOrigin + mark.startTime : null;
}

/** The report of one comparison, for a failure message or a log line. */
export const readyReport = (times: Record<string, number[]>) =>
  `ready after (ms): ${Object.entries(times).map(([kind, values]) => `${kind} ${values.map(Math.round).join(', ')}`).join('; ')}; bound ${READY_BOUND.ratio}× the same-site median + ${READY_BOUND.slackMs}`;
