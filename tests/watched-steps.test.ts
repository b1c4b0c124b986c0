// Which steps scrollama watches in a long story (src/kit/steps/watchedSteps.ts): the reader's and six
// on each side, following the reader before a quick scroll can outrun them, and the watched steps'
// positions trusted for the active step only where they can tell it.
import { describe, expect, it } from 'vitest';
import { activeIndexInRange, shouldRewatch, watchedRange } from '../src/kit/steps/watchedSteps.ts';

describe('the watched steps', () => {
  it('are the reader’s and six on each side, within the story', () => {
    expect(watchedRange(100, 200)).toEqual({ from: 94, to: 107 });
    expect(watchedRange(-1, 200)).toEqual({ from: 0, to: 7 });
    expect(watchedRange(2, 200)).toEqual({ from: 0, to: 9 });
    expect(watchedRange(199, 200)).toEqual({ from: 193, to: 200 });
    expect(watchedRange(5, 3)).toEqual({ from: 0, to: 3 });
    expect(watchedRange(0, 0)).toEqual({ from: 0, to: 0 });
  });

  it('follow the reader once half-way to either end of them, and not before', () => {
    const range = watchedRange(100, 200);
    expect(shouldRewatch(102, range, 200)).toBe(false);
    expect(shouldRewatch(103, range, 200)).toBe(false);
    expect(shouldRewatch(104, range, 200)).toBe(true);
    expect(shouldRewatch(96, range, 200)).toBe(true);
    // At the story's end the range cannot move on: the reader stays within it.
    expect(shouldRewatch(199, watchedRange(196, 200), 200)).toBe(false);
  });
});

describe('the active step from the watched steps alone', () => {
  const range = { from: 10, to: 13 };

  it('is the last of them whose top has reached the trigger line', () => {
    expect(activeIndexInRange([-300, 200, 700], range, 200, 400)).toBe(11);
  });

  it('is not known above the first of them, unless it is the story’s first', () => {
    expect(activeIndexInRange([500, 900, 1300], range, 200, 400)).toBeUndefined();
    expect(activeIndexInRange([500, 900, 1300], { from: 0, to: 3 }, 200, 400)).toBe(-1);
  });

  it('is not known at or past the last of them, unless it is the story’s last', () => {
    expect(activeIndexInRange([-900, -500, 100], range, 200, 400)).toBeUndefined();
    expect(activeIndexInRange([-900, -500, 100], { from: 197, to: 200 }, 200, 400)).toBe(199);
  });
});
