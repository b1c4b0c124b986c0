// The test report's times (scripts/test-all.mjs): minutes and seconds that read as a clock would.
import { describe, expect, it } from 'vitest';
import { minutesAndSeconds } from '../scripts/duration.mjs';

describe('a run’s time in the test report', () => {
  it('rounds to the second before it counts the minutes, so no time reads 60 s', () => {
    expect(minutesAndSeconds(28 * 60_000 + 59_600)).toBe('29 min 00 s');
    expect(minutesAndSeconds(59_500)).toBe('1 min 00 s');
  });

  it('pads the seconds to two figures', () => {
    expect(minutesAndSeconds(37_000)).toBe('0 min 37 s');
    expect(minutesAndSeconds(25 * 60_000 + 17_400)).toBe('25 min 17 s');
  });
});
