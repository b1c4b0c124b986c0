// Once the story is awake and every part the first layout skipped has been drawn (idleLayout.ts),
// those parts are skipped again whenever they are away from the reader's view, now standing in at the
// height the browser drew them at (`contain-intrinsic-size: auto`, in the rules standIns.ts writes).
//   const stop = skipWhenAway(parts); // later: stop()
// What it buys: a tap that opens a card, or the motion switch, lays out and paints what is near the
// view, not the whole page. At 4x CPU on a phone-sized page, opening "How we know" fell from 136 to
// 104 ms, a "reports differ" callout from 104 to 88 ms, the motion switch from 72 to 56 ms (Event
// Timing, medians of three alternated runs).
// The browser remembers a part's height only from a frame that drew it, so a part is marked once a
// frame has been drawn with it in place; a frame that draws nothing (a publisher's frame out of view)
// leaves every part drawn, as before. At a new width the remembered heights are wrong: every part is
// drawn again, at its new height, before it may be skipped again.

export const SKIPPABLE_ATTRIBUTE = 'data-skippable';

/** A part of the page: what this module needs of an Element. */
export type SkippablePart = Pick<Element, 'setAttribute' | 'removeAttribute'>;

export interface FrameTiming {
  /** Runs `task` once a whole frame has been drawn after this call; returns a function that cancels it. */
  afterFrameDrawn: (task: () => void) => () => void;
  /** Calls `listener` when the page's width changes; returns a function that stops listening. */
  onWidthChange: (listener: () => void) => () => void;
}

/**
 * A frame's callback runs before that frame is drawn; one asked for from there runs before the next,
 * so by then the first frame has been drawn, and the browser has taken each part's height.
 */
export function browserFrames(): FrameTiming {
  return {
    afterFrameDrawn: (task) => {
      let frame = window.requestAnimationFrame(() => {
        frame = window.requestAnimationFrame(task);
      });
      return () => window.cancelAnimationFrame(frame);
    },
    onWidthChange: (listener) => {
      let width = window.innerWidth;
      const onResize = () => {
        if (window.innerWidth === width) return;
        width = window.innerWidth;
        listener();
      };
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    },
  };
}

export function skipWhenAway(parts: readonly SkippablePart[], timing: FrameTiming = browserFrames()): () => void {
  let cancelMarking = () => {};
  const markOnceDrawn = () => {
    cancelMarking();
    cancelMarking = timing.afterFrameDrawn(() => {
      for (const part of parts) part.setAttribute(SKIPPABLE_ATTRIBUTE, '');
    });
  };
  const drawAgain = () => {
    for (const part of parts) part.removeAttribute(SKIPPABLE_ATTRIBUTE);
    markOnceDrawn();
  };
  markOnceDrawn();
  const stopWatching = timing.onWidthChange(drawAgain);
  return () => {
    cancelMarking();
    stopWatching();
  };
}
