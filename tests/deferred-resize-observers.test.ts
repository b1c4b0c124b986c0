// A library's ResizeObservers, made while it runs under withDeferredResizeObservers, report in a task
// after the browser's report (once the frame is drawn), never in it; so do the observers it makes
// while such a report runs; and nothing is reported for a target no longer observed.
import { describe, expect, it } from 'vitest';
import { withDeferredResizeObservers, type ObserverScope } from '../src/kit/steps/deferredResizeObservers.ts';

/** A browser's observers, reporting only when told, and a task queue run only when told. */
function fakeScope() {
  const made: FakeObserver[] = [];
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(readonly report: ResizeObserverCallback) {
      made.push(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
    /** The browser's report of every target observed, in the middle of a frame. */
    fire() {
      const entries = [...this.targets].map((target) => ({ target }) as ResizeObserverEntry);
      this.report(entries, this as unknown as ResizeObserver);
    }
  }
  let tasks: (() => void)[] = [];
  const scope: ObserverScope = {
    ResizeObserver: FakeObserver as unknown as typeof ResizeObserver,
    setTimeout: (task) => tasks.push(task),
  };
  const runTasks = () => {
    const due = tasks;
    tasks = [];
    due.forEach((task) => task());
  };
  return { scope, made, runTasks, native: scope.ResizeObserver };
}

const element = (name: string) => ({ name }) as unknown as Element;

describe('deferred resize observers', () => {
  it('reports in a task after the browser reports, not during its report', () => {
    const { scope, made, runTasks } = fakeScope();
    const reports: Element[][] = [];
    const step = element('step');
    withDeferredResizeObservers(() => new scope.ResizeObserver((entries) => reports.push(entries.map((entry) => entry.target))).observe(step), scope);
    made[0]?.fire();
    expect(reports).toEqual([]);
    runTasks();
    expect(reports).toEqual([[step]]);
  });

  it('defers the observers made while a deferred report runs, as scrollama makes one when a step changes height', () => {
    const { scope, made, runTasks } = fakeScope();
    let nestedReports = 0;
    withDeferredResizeObservers(() => {
      new scope.ResizeObserver(() => {
        new scope.ResizeObserver(() => nestedReports++).observe(element('step'));
      }).observe(element('step'));
    }, scope);
    made[0]?.fire();
    runTasks();
    expect(made).toHaveLength(2);
    made[1]?.fire();
    expect(nestedReports).toBe(0);
    runTasks();
    expect(nestedReports).toBe(1);
  });

  it('reports nothing for a target unobserved, or an observer disconnected, before its task runs', () => {
    const { scope, made, runTasks } = fakeScope();
    const reports: Element[][] = [];
    const [kept, dropped] = [element('kept'), element('dropped')];
    withDeferredResizeObservers(() => {
      const observer = new scope.ResizeObserver((entries) => reports.push(entries.map((entry) => entry.target)));
      observer.observe(kept);
      observer.observe(dropped);
    }, scope);
    const observer = made[0] as unknown as ResizeObserver & { fire: () => void };
    observer.fire();
    observer.unobserve(dropped);
    runTasks();
    expect(reports).toEqual([[kept]]);
    observer.fire();
    observer.disconnect();
    runTasks();
    expect(reports).toEqual([[kept]]);
  });

  it("leaves the scope's own observers to everything else, even when the library throws", () => {
    const { scope, native } = fakeScope();
    withDeferredResizeObservers(() => expect(scope.ResizeObserver).not.toBe(native), scope);
    expect(scope.ResizeObserver).toBe(native);
    expect(() =>
      withDeferredResizeObservers(() => {
        throw new Error('setup failed');
      }, scope),
    ).toThrow('setup failed');
    expect(scope.ResizeObserver).toBe(native);
  });
});
