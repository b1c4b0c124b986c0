// Runs work in a task of its own once the frame after now has been drawn: what a step change starts
// (the scenes' glides) then leaves React's commit, which it made some 6 to 8 ms longer at 4x CPU,
// and the frame that shows the commit, which it pushed past its deadline. The work of one commit
// shares one task. Where no frame comes (a frame of another site scrolled out of view stops its
// frames), the task runs after a short wait instead.
//   const cancel = afterPaint(() => startGlide()); … cancel();

/** The longest a task waits for a frame: about six frames at 60 Hz. */
const WAIT_FOR_FRAME_MS = 100;

/** What the queue needs of a window (a fake one in the tests). */
export interface PaintClock {
  requestAnimationFrame: (callback: () => void) => number;
  cancelAnimationFrame: (id: number) => void;
  setTimeout: (task: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export function createAfterPaint(clock: PaintClock): (task: () => void) => () => void {
  const queue = new Set<() => void>();
  let frame = 0;
  let afterFrame = 0;
  let fallback = 0;
  const flush = () => {
    clock.cancelAnimationFrame(frame);
    clock.clearTimeout(afterFrame);
    clock.clearTimeout(fallback);
    frame = afterFrame = fallback = 0;
    const tasks = [...queue];
    queue.clear();
    for (const task of tasks) task();
  };
  return (task) => {
    // The task itself may be queued twice; each queuing is its own entry.
    const entry = () => task();
    queue.add(entry);
    if (!frame && !fallback) {
      frame = clock.requestAnimationFrame(() => {
        afterFrame = clock.setTimeout(flush, 0);
      });
      fallback = clock.setTimeout(flush, WAIT_FOR_FRAME_MS);
    }
    return () => {
      queue.delete(entry);
    };
  };
}

let pageQueue: ((task: () => void) => () => void) | undefined;

/** `task` in a task of its own after the next frame; the function returned cancels it. */
export function afterPaint(task: () => void): () => void {
  pageQueue ??= createAfterPaint(window);
  return pageQueue(task);
}
