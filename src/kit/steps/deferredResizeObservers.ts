// Runs a library's code with the ResizeObservers it makes reporting in a task of their own, once the
// frame is drawn, instead of in the middle of the frame. scrollama's observer reads its step's height
// and, when it has changed, observes the step anew from inside the report: the new observation is no
// deeper than the one just reported, which WebKit then reports as a page error ("ResizeObserver loop
// completed with undelivered notifications"); and the read lays the page out before the frame's
// paint. Observers made while a deferred report runs (scrollama's new one) are deferred too.
//   withDeferredResizeObservers(() => scroller.setup({ step: steps }));

/** Where the observers come from and their reports go: the window, or a stand-in in tests. */
export interface ObserverScope {
  ResizeObserver: typeof ResizeObserver;
  setTimeout: (task: () => void) => unknown;
}

export function withDeferredResizeObservers<T>(run: () => T, scope: ObserverScope = window): T {
  const Native = scope.ResizeObserver;
  class DeferredResizeObserver extends Native {
    private readonly targets = new Set<Element>();

    constructor(report: ResizeObserverCallback) {
      super((entries, observer) => {
        scope.setTimeout(() => {
          const { targets } = observer as DeferredResizeObserver;
          // Only what is still observed when the task runs: the library may have let go of it since.
          const current = entries.filter((entry) => targets.has(entry.target));
          if (current.length > 0) withDeferredResizeObservers(() => report(current, observer), scope);
        });
      });
    }

    override observe(target: Element, options?: ResizeObserverOptions): void {
      this.targets.add(target);
      super.observe(target, options);
    }

    override unobserve(target: Element): void {
      this.targets.delete(target);
      super.unobserve(target);
    }

    override disconnect(): void {
      this.targets.clear();
      super.disconnect();
    }
  }
  scope.ResizeObserver = DeferredResizeObserver;
  try {
    return run();
  } finally {
    scope.ResizeObserver = Native;
  }
}
