// Lays out, one per idle moment while the reader is not scrolling, parts of the page that it skipped
// at load (`content-visibility: auto` until they carry LAID_OUT_ATTRIBUTE, in the rules standIns.ts
// writes), the last part first.
//   const cancel = layOutWhenIdle(parts, () => markLaidOut()); // later: cancel()
// Last first: a part shrinking from its stand-in height to its real one moves only what comes after
// it, which is laid out already, so scroll anchoring can hold a reader who is there in place. Never
// during a scroll: a part changing size under a smooth scroll (the End key's) made it stop short.

export const LAID_OUT_ATTRIBUTE = 'data-laid-out';
/** How long the page must have been still before a part is laid out. */
export const SCROLL_QUIET_MS = 400;

/** A part of the page: what this module needs of an Element. */
export type Part = Pick<Element, 'hasAttribute' | 'setAttribute' | 'getBoundingClientRect'>;

export interface IdleLayoutTiming {
  /** Runs `task` at a later idle moment; returns a function that cancels it. */
  whenIdle: (task: () => void) => () => void;
  now: () => number;
  /** Where the reader's scrolls are heard (capturing, so a scroll inside the page counts too). */
  scrolls: EventTarget;
}

/** A frame the browser does not draw (an iframe out of view, a hidden tab) has no frames or idle periods. */
const IDLE_WAIT_LIMIT_MS = 1000;

/** The Prioritized Task Scheduling API, where the browser has it (not yet in TypeScript's DOM types). */
interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'background'; signal: AbortSignal }) => Promise<void>;
}

/**
 * The browser's quiet moments, one frame apart, so each part is laid out in a frame of its own.
 * Where the browser has scheduler.postTask: after the next frame, a background task, which runs once
 * nothing more urgent waits. Not requestIdleCallback there: Chromium gives a frame on another site
 * (a process of its own, as every publisher's frame is) no idle period while it draws nothing, so
 * each callback came only at its timeout, a second per part, and the story was ready some ten seconds
 * after a publisher's page loaded. Elsewhere (Firefox before 142) requestIdleCallback; without
 * either (Safari), a short pause.
 */
export function browserTiming(): IdleLayoutTiming {
  const scheduler = (window as { scheduler?: Partial<TaskScheduler> }).scheduler;
  const whenIdle = (task: () => void) => {
    if (typeof scheduler?.postTask === 'function') {
      const tasks = scheduler as TaskScheduler;
      const controller = new AbortController();
      let hasStarted = false;
      const post = () => {
        if (hasStarted) return;
        hasStarted = true;
        window.clearTimeout(fallback);
        // Aborted before it runs, the promise rejects: expected, and not an error.
        tasks.postTask(task, { priority: 'background', signal: controller.signal }).catch(() => {});
      };
      const frame = window.requestAnimationFrame(post);
      const fallback = window.setTimeout(post, IDLE_WAIT_LIMIT_MS);
      return () => {
        window.cancelAnimationFrame(frame);
        window.clearTimeout(fallback);
        controller.abort();
      };
    }
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => task(), { timeout: IDLE_WAIT_LIMIT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(task, 100);
    return () => window.clearTimeout(handle);
  };
  return { whenIdle, now: () => performance.now(), scrolls: window };
}

/** `onDone` runs in the idle period after the last part is laid out (at once if none waits). */
export function layOutWhenIdle(parts: readonly Part[], onDone: () => void, timing: IdleLayoutTiming = browserTiming()): () => void {
  const waiting = parts.filter((part) => !part.hasAttribute(LAID_OUT_ATTRIBUTE)).reverse();
  let lastScrollAt = -Infinity;
  const noteScroll = () => {
    lastScrollAt = timing.now();
  };
  const listening = { capture: true, passive: true } as const;
  let cancelNext = () => {};
  const stop = () => {
    cancelNext();
    timing.scrolls.removeEventListener('scroll', noteScroll, listening);
  };
  const finish = () => {
    stop();
    onDone();
  };
  const layOutNext = () => {
    const part = timing.now() - lastScrollAt >= SCROLL_QUIET_MS ? waiting.shift() : undefined;
    if (part) {
      part.setAttribute(LAID_OUT_ATTRIBUTE, '');
      // Laid out here, in this idle moment: left to the next frame, the browser may run the next
      // idle moment first, and the app, which measures the page once it hears all parts are laid
      // out, would pay for the last one in its own task.
      part.getBoundingClientRect();
    }
    cancelNext = timing.whenIdle(waiting.length > 0 ? layOutNext : finish);
  };
  if (waiting.length === 0) {
    onDone();
    return () => {};
  }
  timing.scrolls.addEventListener('scroll', noteScroll, listening);
  cancelNext = timing.whenIdle(layOutNext);
  return stop;
}
