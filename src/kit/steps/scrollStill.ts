// Runs a task once the window has not scrolled for a while. A scroll event only notes its time; the
// one timer, when it fires before the window has been still long enough, waits out the rest. At 4x
// CPU, clearing a timer and setting it again on each of a scroll's events held some 60 ms of the main
// thread over a scroll through the story, in the frames of that scroll.
//   const cancel = whenScrollStill(700, () => writeAddress()); … cancel();

/** Time, timers and the window's scroll: the window's own, or stand-ins in tests. */
export interface StillClock {
  now: () => number;
  setTimeout: (task: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Hears the window's scrolls; returns a function that stops hearing them. */
  onScroll: (listener: () => void) => () => void;
}

function windowClock(): StillClock {
  return {
    now: () => performance.now(),
    setTimeout: (task, ms) => window.setTimeout(task, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    onScroll: (listener) => {
      window.addEventListener('scroll', listener, { passive: true });
      return () => window.removeEventListener('scroll', listener);
    },
  };
}

export function whenScrollStill(quietMs: number, task: () => void, clock: StillClock = windowClock()): () => void {
  let lastScrollAt = clock.now();
  const stopHearing = clock.onScroll(() => {
    lastScrollAt = clock.now();
  });
  let timer = 0;
  const cancel = () => {
    clock.clearTimeout(timer);
    stopHearing();
  };
  const runIfStill = () => {
    const stillFor = clock.now() - lastScrollAt;
    if (stillFor < quietMs) {
      timer = clock.setTimeout(runIfStill, quietMs - stillFor);
      return;
    }
    cancel();
    task();
  };
  timer = clock.setTimeout(runIfStill, quietMs);
  return cancel;
}
