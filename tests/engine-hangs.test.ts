// A browser driver's command that never answers (WebKitGTK's, once in a while) is told apart from a
// scenario that fails: it gets a deadline, and the scenario runs once more in a freshly started engine.
// An assertion that fails is never run again.
import { describe, expect, it } from 'vitest';
import { DriverHang, answered, runAllowingOneHang } from './engines/hangs.ts';

const never = new Promise<never>(() => undefined);

describe('a driver command that does not answer', () => {
  it('fails with the command’s name once its deadline has passed', async () => {
    await expect(answered('press ArrowDown', never, 20)).rejects.toThrow(DriverHang);
    await expect(answered('press ArrowDown', never, 20)).rejects.toThrow('did not answer press ArrowDown within 0.02 s');
  });

  it('passes on what the command answered, in time', async () => {
    await expect(answered('evaluate', Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(answered('evaluate', Promise.reject(new Error('No step x')), 1000)).rejects.toThrow('No step x');
  });
});

describe('a scenario whose driver hung', () => {
  it('runs once more after the engine restarts, and the outcome says why', async () => {
    const outcomes = [new DriverHang('the driver did not answer press ArrowDown within 30 s'), undefined];
    let restarts = 0;
    const outcome = await runAllowingOneHang(
      async () => {
        const next = outcomes.shift();
        if (next) throw next;
      },
      async () => {
        restarts += 1;
      },
    );
    expect(restarts).toBe(1);
    expect(outcome).toEqual({ isPassed: true, hang: 'the driver did not answer press ArrowDown within 30 s' });
  });

  it('fails if it hangs again', async () => {
    const outcome = await runAllowingOneHang(
      async () => {
        throw new DriverHang('the driver did not answer evaluate within 30 s');
      },
      async () => undefined,
    );
    expect(outcome).toEqual({ isPassed: false, failure: 'the driver did not answer evaluate within 30 s (and again on the second run)' });
  });

  it('never runs a failed assertion again', async () => {
    let runs = 0;
    let restarts = 0;
    const outcome = await runAllowingOneHang(
      async () => {
        runs += 1;
        throw new Error('rescue-ladder should be the one active step');
      },
      async () => {
        restarts += 1;
      },
    );
    expect({ runs, restarts }).toEqual({ runs: 1, restarts: 0 });
    expect(outcome).toEqual({ isPassed: false, failure: 'rescue-ladder should be the one active step' });
  });
});
