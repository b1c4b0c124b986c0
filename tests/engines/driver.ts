// What a scenario may ask of a browser engine: one small interface, one adapter per engine
// (chromium.ts, firefox.ts, webkit.ts), so each scenario is written once for all three.
//   const page = await engine.openPage({ width: 1280, height: 800 }); … await page.close();

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The keys the story listens to. */
export type StoryKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

/** A function run in the page: it sees only its arguments, which must survive JSON. */
export type InPage<Args extends unknown[], Result> = (...args: Args) => Result | Promise<Result>;

export interface PageOptions {
  width: number;
  height: number;
  /** Asks the engine to report `prefers-reduced-motion: reduce`. */
  isReducedMotion?: boolean;
}

export interface EnginePage {
  goto: (url: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs `fn` in the top document. */
  evaluate: <Args extends unknown[], Result>(fn: InPage<Args, Result>, ...args: Args) => Promise<Result>;
  /** Runs `fn` in the page's first iframe (the embedded story), whatever its origin. */
  evaluateInFrame: <Args extends unknown[], Result>(fn: InPage<Args, Result>, ...args: Args) => Promise<Result>;
  /** Presses a key in the page, as a reader would. */
  press: (key: StoryKey) => Promise<void>;
  /** Clicks the first element matching a CSS selector. */
  click: (selector: string) => Promise<void>;
  screenshot: (path: string) => Promise<void>;
  /** Console errors, uncaught errors and requests to other origins than `allowedOrigins`, so far. */
  problems: (allowedOrigins: string[]) => Promise<string[]>;
  close: () => Promise<void>;
}

/** What an engine's driver cannot do: the scenario needing it is skipped with this reason. */
export interface EngineLimits {
  /** Why `isReducedMotion` cannot be honoured, if it cannot. */
  reducedMotion?: string;
}

export interface Engine {
  name: EngineName;
  /** Browser and version as the browser reports them. */
  version: string;
  limits: EngineLimits;
  openPage: (options: PageOptions) => Promise<EnginePage>;
  close: () => Promise<void>;
}

/**
 * Turns an in-page function into source that runs anywhere, whatever the compiler added to it:
 * esbuild (through tsx) wraps named inner functions in `__name(…)`, which no page defines.
 */
export function inPageSource<Args extends unknown[], Result>(fn: InPage<Args, Result>): string {
  return `((...args) => { const __name = (target) => target; return (${fn.toString()})(...args); })`;
}
