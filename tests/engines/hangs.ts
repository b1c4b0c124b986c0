// A driver command that never answers, told apart from a scenario that fails. WebKitGTK's driver
// leaves one hanging once in a while (twice in this project's clean-clone runs, in two scenarios; the
// second did not hang again in 14 runs of its own); WebKit's own test runners give each command a
// deadline and restart the browser. So do we: a hung scenario runs once more in a freshly started
// engine, and the run says so. A failed assertion is never run again.
//   const title = await answered('evaluate', driver.executeScript(…));
//   const outcome = await runAllowingOneHang(() => scenario.run(context), restartEngine);

/** Longer than any one command takes here (the longest, a page load, takes about a second). */
export const COMMAND_DEADLINE_MS = 30_000;

export class DriverHang extends Error {
  override name = 'DriverHang';
}

/** `work`'s answer, or the error `late` makes once `ms` have passed without one. */
export function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** `work`'s answer, or a DriverHang naming `what` once `ms` have passed without one. */
export function answered<T>(what: string, work: Promise<T>, ms = COMMAND_DEADLINE_MS): Promise<T> {
  return withDeadline(work, ms, () => new DriverHang(`the driver did not answer ${what} within ${ms / 1000} s`));
}

export type Outcome = { isPassed: true; /** Why it took a second run, if it did. */ hang?: string } | { isPassed: false; failure: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `attempt`; if a driver command hung, restarts the engine and runs it once more. */
export async function runAllowingOneHang(attempt: () => Promise<void>, restart: () => Promise<void>): Promise<Outcome> {
  try {
    await attempt();
    return { isPassed: true };
  } catch (error) {
    if (!(error instanceof DriverHang)) return { isPassed: false, failure: messageOf(error) };
    const hang = error.message;
    await restart();
    try {
      await attempt();
      return { isPassed: true, hang };
    } catch (again) {
      return { isPassed: false, failure: again instanceof DriverHang ? `${again.message} (and again on the second run)` : messageOf(again) };
    }
  }
}
