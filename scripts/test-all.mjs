// `npm test`, as CI runs it: every tier in turn (the type check and unit tests, the builds, the
// Playwright specs, the cross-engine scenarios), then one line per tier with its counts and time,
// and the closing line "N passed, N failed" for the whole run. Every tier runs even after one
// fails, but the browser tiers need the builds; the exit code is 1 if anything failed.
//   npm test                      TEST_TIERS=unit,engines npm test   (some tiers only)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minutesAndSeconds } from './duration.mjs';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'node_modules', '.cache', 'test-reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** Runs a command in the project, its output shown as it comes; true when it exits with 0. */
function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const TIERS = [
  {
    name: 'unit',
    run() {
      const typesPass = run('npx', ['tsc', '-b']);
      const file = join(REPORTS, 'vitest.json');
      const testsPass = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
      const report = readJson(file);
      const counts = report
        ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
        : { passed: 0, failed: 1, skipped: 0 };
      // The type check counts as one check of its own.
      return { passed: counts.passed + (typesPass ? 1 : 0), failed: counts.failed + (typesPass ? 0 : 1), skipped: counts.skipped, isPassed: typesPass && testsPass };
    },
  },
  {
    name: 'builds',
    run() {
      const isBuilt = run('node', ['scripts/test-builds.mjs']);
      // A new story made by `npm run new-story`, built and prerendered as made, then removed.
      const isMade = run('node', ['scripts/test-new-story.mjs']);
      const passed = (isBuilt ? 1 : 0) + (isMade ? 1 : 0);
      // The browser tiers need only the first.
      return { passed, failed: 2 - passed, skipped: 0, isPassed: isBuilt && isMade, hasBuilds: isBuilt };
    },
  },
  {
    name: 'browser',
    needsBuilds: true,
    run() {
      const file = join(REPORTS, 'playwright.json');
      const isPassed = run('node', ['scripts/ensure-chromium.mjs']) && run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      const stats = readJson(file)?.stats;
      if (!stats) return { passed: 0, failed: 1, skipped: 0, isPassed: false };
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, isPassed };
    },
  },
  {
    name: 'engines',
    needsBuilds: true,
    run() {
      const file = join(REPORTS, 'engines.json');
      const isPassed = run('npm', ['run', 'test:engines', '--silent'], { ENGINE_REPORT: file });
      const counts = readJson(file) ?? { passed: 0, failed: 1, skipped: 0 };
      return { ...counts, isPassed };
    },
  },
];

/** Each spec file's time in each project, summed over its tests and their retries, from Playwright's JSON report. */
function specTimes(report) {
  const times = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const key = `${spec.file ?? suite.file} [${test.projectName}]`;
        times.set(key, (times.get(key) ?? 0) + (test.results ?? []).reduce((sum, result) => sum + (result.duration ?? 0), 0) / 1000);
      }
    }
    for (const child of suite.suites ?? []) walk({ file: suite.file, ...child });
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return [...times].map(([name, seconds]) => ({ name, seconds }));
}

/** The slowest of `timings`, as lines, with their share of the total: where to look first to make the run shorter. */
function slowest(title, timings, count = 8) {
  const total = timings.reduce((sum, { seconds }) => sum + seconds, 0);
  if (total === 0) return [];
  const top = [...timings].sort((a, b) => b.seconds - a.seconds).slice(0, count);
  return [`${title} (${Math.round(total)} s in all):`, ...top.map(({ name, seconds }) => `  ${seconds.toFixed(0).padStart(5)} s  ${((100 * seconds) / total).toFixed(0).padStart(2)} %  ${name}`)];
}

const lines = [];
const total = { passed: 0, failed: 0 };
const started = Date.now();
let haveBuilds = true;
const chosen = (process.env.TEST_TIERS ?? TIERS.map((tier) => tier.name).join(',')).split(',');
for (const tier of TIERS.filter(({ name }) => chosen.includes(name))) {
  if (tier.needsBuilds && !haveBuilds) {
    lines.push(`${tier.name.padEnd(8)} not run: the builds failed`);
    total.failed += 1;
    continue;
  }
  const tierStarted = Date.now();
  const result = tier.run();
  if (tier.name === 'builds') haveBuilds = result.hasBuilds;
  // A tier that failed without a failed count (a crash before its report) still fails the run.
  const failed = result.isPassed ? result.failed : Math.max(1, result.failed);
  total.passed += result.passed;
  total.failed += failed;
  lines.push(`${tier.name.padEnd(8)} ${result.passed} passed, ${failed} failed, ${result.skipped} skipped (${minutesAndSeconds(Date.now() - tierStarted)})`);
}
const where = [
  ...slowest('The slowest browser specs, by worker time (two workers run at once)', specTimes(readJson(join(REPORTS, 'playwright.json')))),
  ...slowest('The slowest cross-engine scenarios', readJson(join(REPORTS, 'engines.json'))?.timings ?? []),
];
if (where.length > 0) console.log(`\nWhere the time went:\n${where.join('\n')}`);
console.log(`\nThe whole run, by tier (${minutesAndSeconds(Date.now() - started)}):`);
for (const line of lines) console.log(`  ${line}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
