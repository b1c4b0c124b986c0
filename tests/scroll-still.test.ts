// A task that waits until the window has been still for a while: it runs once, that long after the
// last scroll, and a scroll event only notes the time (no timer cleared and set again per event, in
// the frames of the scroll).
import { describe, expect, it } from 'vitest';
import { whenScrollStill, type StillClock } from '../src/kit/steps/scrollStill.ts';
import { fakeTimers } from './helpers/fakeTimers.ts';

function fakeClock() {
  const timers = fakeTimers();
  const scrollListeners = new Set<() => void>();
  const clock: StillClock = {
    now: timers.now,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    onScroll: (listener) => {
      scrollListeners.add(listener);
      return () => scrollListeners.delete(listener);
    },
  };
  const scroll = () => scrollListeners.forEach((listener) => listener());
  return { clock, advance: timers.advance, scroll, timersSet: timers.setCount, listening: () => scrollListeners.size };
}

describe('waiting until the scroll is still', () => {
  it('runs the task once the window has been still that long, counted from the last scroll', () => {
    const { clock, advance, scroll } = fakeClock();
    let runs = 0;
    whenScrollStill(700, () => (runs += 1), clock);
    advance(500);
    scroll();
    advance(600);
    expect(runs).toBe(0);
    advance(100);
    expect(runs).toBe(1);
    advance(5000);
    expect(runs).toBe(1);
  });

  it('sets no timer on a scroll event', () => {
    const { clock, advance, scroll, timersSet } = fakeClock();
    whenScrollStill(700, () => undefined, clock);
    const before = timersSet();
    for (let event = 0; event < 50; event += 1) {
      scroll();
      advance(10);
    }
    expect(timersSet()).toBe(before);
  });

  it('stops listening once it has run, or when cancelled, and a cancelled task never runs', () => {
    const ran = fakeClock();
    whenScrollStill(700, () => undefined, ran.clock);
    ran.advance(700);
    expect(ran.listening()).toBe(0);

    const cancelled = fakeClock();
    let runs = 0;
    const cancel = whenScrollStill(700, () => (runs += 1), cancelled.clock);
    cancel();
    cancelled.advance(2000);
    expect(runs).toBe(0);
    expect(cancelled.listening()).toBe(0);
  });
});
