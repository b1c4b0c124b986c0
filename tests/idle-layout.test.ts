// The skipped parts of the page are laid out one per idle moment, last first, never during a scroll:
// so the page waking up never holds a reader's tap or scroll for a long layout, a reader already
// further down is not moved, and a smooth scroll to the end (the End key) does not stop short.
import { describe, expect, it } from 'vitest';
import { LAID_OUT_ATTRIBUTE, SCROLL_QUIET_MS, layOutWhenIdle, type IdleLayoutTiming } from '../src/kit/startup/idleLayout.ts';

/** `laidOut` gets the part's name when it is marked, and `measured` when it is measured. */
function fakePart(name: string, laidOut: string[], measured: string[] = []) {
  const attributes = new Set<string>();
  return {
    name,
    hasAttribute: (attribute: string) => attributes.has(attribute),
    setAttribute: (attribute: string, _value: string) => {
      attributes.add(attribute);
      laidOut.push(name);
    },
    getBoundingClientRect: () => {
      measured.push(name);
      return { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0, toJSON: () => ({}) };
    },
  };
}

function fakeTiming() {
  let clock = 0;
  let pending: (() => void)[] = [];
  const scrolls = new EventTarget();
  const timing: IdleLayoutTiming = {
    now: () => clock,
    scrolls,
    whenIdle: (task) => {
      pending.push(task);
      return () => {
        pending = pending.filter((candidate) => candidate !== task);
      };
    },
  };
  /** One idle period, `ms` after the last: runs what was asked for before it began. */
  const idlePeriod = (ms = 16) => {
    clock += ms;
    const due = pending;
    pending = [];
    due.forEach((task) => task());
  };
  const scroll = () => scrolls.dispatchEvent(new Event('scroll'));
  return { timing, idlePeriod, scroll, pendingCount: () => pending.length };
}

describe('laying out the skipped parts', () => {
  // One part per idle period: no frame holds the reader's input for more than one part's layout.
  it('lays out one part per idle period, the last part first, and is done in the period after', () => {
    const laidOut: string[] = [];
    const measured: string[] = [];
    const done: string[] = [];
    const parts = ['method', 'reports', 'claims'].map((name) => fakePart(name, laidOut, measured));
    const { timing, idlePeriod, pendingCount } = fakeTiming();
    layOutWhenIdle(parts, () => done.push('done'), timing);
    expect(laidOut).toEqual([]);
    idlePeriod();
    expect(laidOut).toEqual(['claims']);
    // Measured in the same period, so the browser lays it out there and then.
    expect(measured).toEqual(['claims']);
    idlePeriod();
    expect(done).toEqual([]);
    idlePeriod();
    expect(laidOut).toEqual(['claims', 'reports', 'method']);
    expect(done).toEqual([]);
    idlePeriod();
    expect(done).toEqual(['done']);
    expect(pendingCount()).toBe(0);
    expect(parts.every((part) => part.hasAttribute(LAID_OUT_ATTRIBUTE))).toBe(true);
  });

  // A part shrinking to its real height under a smooth scroll made the End key stop short of the end.
  it('waits while the reader scrolls, and goes on once the page is still', () => {
    const laidOut: string[] = [];
    const done: string[] = [];
    const parts = ['method', 'reports'].map((name) => fakePart(name, laidOut));
    const { timing, idlePeriod, scroll } = fakeTiming();
    layOutWhenIdle(parts, () => done.push('done'), timing);
    for (let frame = 0; frame < 30; frame++) {
      scroll();
      idlePeriod();
    }
    expect(laidOut).toEqual([]);
    idlePeriod(SCROLL_QUIET_MS - 20);
    expect(laidOut).toEqual([]);
    idlePeriod(20);
    expect(laidOut).toEqual(['reports']);
  });

  it('leaves parts already laid out alone, and stops when cancelled', () => {
    const laidOut: string[] = [];
    const done: string[] = [];
    const parts = ['method', 'reports', 'claims'].map((name) => fakePart(name, laidOut));
    parts[2]?.setAttribute(LAID_OUT_ATTRIBUTE, '');
    laidOut.length = 0;
    const { timing, idlePeriod, pendingCount } = fakeTiming();
    const cancel = layOutWhenIdle(parts, () => done.push('done'), timing);
    idlePeriod();
    expect(laidOut).toEqual(['reports']);
    cancel();
    expect(pendingCount()).toBe(0);
    idlePeriod();
    expect(laidOut).toEqual(['reports']);
    expect(done).toEqual([]);
  });

  it('is done at once when no part waits', () => {
    const done: string[] = [];
    const { timing, pendingCount } = fakeTiming();
    layOutWhenIdle([], () => done.push('done'), timing);
    expect(done).toEqual(['done']);
    expect(pendingCount()).toBe(0);
  });
});
