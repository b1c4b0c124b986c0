// Timers on a clock the test moves by hand, for the modules that take their timers as an argument.
//   const timers = fakeTimers(); module(timers); timers.advance(100); timers.pending()

export interface FakeTimers {
  now: () => number;
  setTimeout: (task: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Moves the clock `ms` on, running each timer due by then at its own time, in order. */
  advance: (ms: number) => void;
  /** How many timers are set and not yet run or cleared. */
  pending: () => number;
  /** How many timers have been set in all. */
  setCount: () => number;
  /** A new id, from the same count as the timers' (for other kinds of callback the test fakes). */
  nextId: () => number;
}

export function fakeTimers(): FakeTimers {
  let now = 0;
  let lastId = 0;
  let setCount = 0;
  let timers: { id: number; at: number; task: () => void }[] = [];
  const nextId = () => (lastId += 1);
  return {
    now: () => now,
    setTimeout: (task, ms) => {
      setCount += 1;
      const id = nextId();
      timers.push({ id, at: now + ms, task });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
    advance: (ms) => {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.task();
      }
      now = until;
    },
    pending: () => timers.length,
    setCount: () => setCount,
    nextId,
  };
}
