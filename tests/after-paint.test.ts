// Work a step change starts outside React's commit: in one task of its own once the next frame has
// been drawn, or after a short wait where no frame comes; each piece can be cancelled until then.
import { describe, expect, it } from 'vitest';
import { createAfterPaint, type PaintClock } from '../src/kit/scene/afterPaint.ts';
import { fakeTimers } from './helpers/fakeTimers.ts';

function fakeWindow() {
  const timers = fakeTimers();
  let frames: { id: number; callback: () => void }[] = [];
  const log: string[] = [];
  const clock: PaintClock = {
    requestAnimationFrame: (callback) => {
      const id = timers.nextId();
      frames.push({ id, callback });
      return id;
    },
    cancelAnimationFrame: (id) => {
      frames = frames.filter((frame) => frame.id !== id);
    },
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  };
  /** The browser draws a frame: its callbacks run, then the frame is drawn. */
  const drawFrame = () => {
    const due = frames;
    frames = [];
    due.forEach((frame) => frame.callback());
    log.push('drawn');
  };
  return { clock, advance: timers.advance, drawFrame, log, pending: () => timers.pending() + frames.length };
}

describe('afterPaint', () => {
  it('runs the work of one moment together, in a task after the next frame is drawn, not in that frame', () => {
    const page = fakeWindow();
    const afterPaint = createAfterPaint(page.clock);
    afterPaint(() => page.log.push('first'));
    afterPaint(() => page.log.push('second'));
    page.advance(0);
    expect(page.log).toEqual([]);
    page.drawFrame();
    expect(page.log).toEqual(['drawn']);
    page.advance(0);
    expect(page.log).toEqual(['drawn', 'first', 'second']);
    // Nothing left to run twice: neither the wait for a frame nor the frame.
    expect(page.pending()).toBe(0);
  });

  it('runs it after a short wait where no frame comes (a frame of another site out of view)', () => {
    const page = fakeWindow();
    const afterPaint = createAfterPaint(page.clock);
    afterPaint(() => page.log.push('ran'));
    page.advance(50);
    expect(page.log).toEqual([]);
    page.advance(60);
    expect(page.log).toEqual(['ran']);
    expect(page.pending()).toBe(0);
  });

  it('leaves out a piece cancelled before its task, and runs a piece queued twice twice', () => {
    const page = fakeWindow();
    const afterPaint = createAfterPaint(page.clock);
    const cancel = afterPaint(() => page.log.push('cancelled'));
    const again = () => page.log.push('again');
    afterPaint(again);
    afterPaint(again);
    cancel();
    page.drawFrame();
    page.advance(0);
    expect(page.log).toEqual(['drawn', 'again', 'again']);
  });

  it('waits for the next frame again for work queued after a task has run', () => {
    const page = fakeWindow();
    const afterPaint = createAfterPaint(page.clock);
    afterPaint(() => page.log.push('first'));
    page.drawFrame();
    page.advance(0);
    afterPaint(() => page.log.push('second'));
    page.advance(0);
    expect(page.log).toEqual(['drawn', 'first']);
    page.drawFrame();
    page.advance(0);
    expect(page.log).toEqual(['drawn', 'first', 'drawn', 'second']);
  });
});
