// The kit's runner of a story's scenarios in Chromium, Firefox and WebKit against the story's build,
// one browser per engine, a fresh page per scenario; it prints each engine's count and the total.
// Each line names its engine; each engine has its own story and host servers. A story's entry calls
// it with its scenarios (the published story's: src/stories/four-floors/tests/engines/run.ts).
//   runEngines(SCENARIOS, DIST)   ENGINES=firefox,webkit picks engines; ENGINE_SCENARIOS=embed keeps
//   the scenarios whose name has that text; ENGINE_SHOTS=<dir> keeps screenshots
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHostServer } from '../helpers/hostServer.ts';
import { FIRST_SCRIPT_PATH, startStoryServer } from '../helpers/storyServer.ts';
import { runAllowingOneHang, withDeadline } from './hangs.ts';
import { launchChromium } from './chromium.ts';
import type { Engine, EngineName, EnginePage } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { RECORDER_SOURCE } from './pageRecords.ts';
import type { Scenario, ScenarioContext } from './scenario.ts';
import { launchWebKit } from './webkit.ts';

const LAUNCHERS: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
/** Longer than any scenario takes on two cores, so only a hang reaches it. */
const SCENARIO_TIMEOUT_MS = 120_000;

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Passed scenarios that took a second run after a driver hang (hangs.ts). */
  rerun: number;
  /** How long each scenario that ran took, for `npm test`'s account of where the time went. */
  timings: { name: string; seconds: number }[];
}

/** A whole scenario, a launch or a close that ran long: a failure, never a reason to run again. */
function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return withDeadline(work, ms, () => new Error(`${what} took longer than ${ms / 1000} s`));
}

const line = (counts: Counts) =>
  `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${counts.rerun > 0 ? ` (${counts.rerun} passed on a second run after a driver hang)` : ''}`;

/** Runs a scenario in fresh pages; throws its failure, or what the pages reported. */
async function runScenario(engine: Engine, scenario: Scenario, base: Omit<ScenarioContext, 'engine' | 'openPage'>, allowedOrigins: string[]): Promise<void> {
  const pages: EnginePage[] = [];
  const context: ScenarioContext = {
    ...base,
    engine,
    openPage: async (options) => {
      const page = await engine.openPage(options);
      pages.push(page);
      return page;
    },
  };
  try {
    await withTimeout(scenario.run(context), SCENARIO_TIMEOUT_MS, 'the scenario');
    const problems = (await Promise.all(pages.map((page) => page.problems(allowedOrigins)))).flat();
    if (problems.length > 0) throw new Error(`the page reported:\n      ${problems.join('\n      ')}`);
  } finally {
    await Promise.all(pages.map((page) => withTimeout(page.close(), 10_000, 'closing the page').catch(() => undefined)));
  }
}

async function runEngine(name: EngineName, scenarios: readonly Scenario[], dist: string, shotsDir: string | undefined): Promise<Counts> {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, rerun: 0, timings: [] };
  const say = (text: string) => console.log(`[${name}] ${text}`);
  // WebKit's driver cannot report console errors: its pages run our recorder first (pageRecords.ts).
  const story = await startStoryServer(name === 'webkit' ? { dir: dist, firstScript: RECORDER_SOURCE } : { dir: dist });
  const host = await startHostServer(story.origin, name === 'webkit' ? `${story.origin}${FIRST_SCRIPT_PATH}` : undefined);
  const launch = () => withTimeout(LAUNCHERS[name](), 60_000, `starting ${name}`);
  let engine: Engine | undefined;
  try {
    engine = await launch();
    say(engine.version);
    // A hung driver may hold its browser: the second run gets a new engine, driver and browser.
    const restart = async () => {
      await engine?.close().catch(() => undefined);
      engine = undefined;
      engine = await launch();
    };
    for (const scenario of scenarios) {
      const skipReason = scenario.skipReason?.(engine);
      if (skipReason) {
        counts.skipped += 1;
        say(`- ${scenario.name}: skipped, ${skipReason}`);
        continue;
      }
      const started = Date.now();
      const attempt = () => {
        if (!engine) throw new Error(`${name} did not start again`);
        return runScenario(
          engine,
          scenario,
          {
            storyOrigin: story.origin,
            host,
            screenshot: async (page, shotName) => {
              if (!shotsDir) return;
              await page.screenshot(join(shotsDir, `${name}-${shotName}.png`));
            },
            log: (text) => say(`    ${scenario.name}: ${text}`),
          },
          [story.origin, host.origin, host.sameSiteOrigin],
        );
      };
      const outcome = await runAllowingOneHang(attempt, restart);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      counts.timings.push({ name: `${name}: ${scenario.name}`, seconds: Number(seconds) });
      if (outcome.isPassed) {
        counts.passed += 1;
        if (outcome.hang) counts.rerun += 1;
        say(`✓ ${scenario.name} (${seconds} s)${outcome.hang ? `\n      passed on a second run in a new browser: on the first, ${outcome.hang}` : ''}`);
      } else {
        counts.failed += 1;
        say(`✗ ${scenario.name} (${seconds} s)\n      ${outcome.failure}`);
      }
    }
  } catch (error) {
    counts.failed += scenarios.length - counts.passed - counts.skipped - counts.failed;
    say(`could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await engine?.close().catch(() => undefined);
    await host.close();
    await story.close();
  }
  return counts;
}

/**
 * Runs `scenarios` (those whose name has ENGINE_SCENARIOS' text) in each engine ENGINES names, on the
 * build in `dist`, and
 * ends the process with 1 if any failed. A story's entry calls it with its scenarios.
 */
export function runEngines(scenarios: readonly Scenario[], dist: string): void {
  const chosen = scenarios.filter((scenario) => scenario.name.includes(process.env.ENGINE_SCENARIOS ?? ''));
  main(chosen, dist).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

async function main(scenarios: readonly Scenario[], dist: string): Promise<number> {
  const names = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()) as EngineName[];
  const unknown = names.filter((name) => !(name in LAUNCHERS));
  if (unknown.length > 0) throw new Error(`Unknown engine(s): ${unknown.join(', ')}`);
  const shotsDir = process.env.ENGINE_SHOTS;
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const started = Date.now();
  // One engine at a time: run at once, the three left the cores idle less, but on two cores their
  // scenarios' waits ran out (a Firefox page's fonts, a step in the WordPress frame) in one run of three.
  const results: [EngineName, Counts][] = [];
  for (const name of names) results.push([name, await runEngine(name, scenarios, dist, shotsDir)]);
  const total: Counts = { passed: 0, failed: 0, skipped: 0, rerun: 0, timings: [] };
  console.log(`\nShared scenarios across engines (${((Date.now() - started) / 1000).toFixed(0)} s):`);
  for (const [name, counts] of results) {
    console.log(`${name}: ${line(counts)}`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    total.rerun += counts.rerun;
    total.timings.push(...counts.timings);
  }
  console.log(`engines: ${line(total)}`);
  // For `npm test`'s summary (scripts/test-all.mjs).
  if (process.env.ENGINE_REPORT) await writeFile(process.env.ENGINE_REPORT, JSON.stringify(total));
  return total.failed > 0 ? 1 : 0;
}
