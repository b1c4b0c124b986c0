// The flow bench: a reader's taps and keys on a phone-sized page at 4× CPU slowdown, measured by a
// Lighthouse user flow over each edition (two timespans per run: the taps and keys on the page, then
// the switch to the other edition until its page is ready): INP, every long task over 50 ms and
// CLS, with each interaction's Event Timing duration, so the slowest tap is named. Builds nothing.
//   node scripts/bench-flow.mjs   (serves dist/ on BENCH_PORT+5, Chromium's DevTools on BENCH_PORT+6)
//   const flow = await measureFlow({ origin: 'http://localhost:4376', devtoolsPort: 4383 });
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from './bench-server.mjs';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4376);
/** Clear of bench.mjs's three ports, so both can run at once. */
const PORTS = { story: BASE_PORT + 5, devtools: BASE_PORT + 6 };
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** A mid-range phone's CPU, as Lighthouse's mobile run also assumes. */
const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (a mid-range Android phone), as bench.mjs's scroll uses. */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
export const FLOW_TARGETS = { inpMs: 100, longTasksOver50: 0, cls: 0 };
/** Each edition's page, the flow starting there; its edition switch leads to the other. */
const EDITIONS = { ours: '/', oursFr: '/fr/' };
/** Time for a smooth scroll and the scene's glide to end at 4× CPU, so each action is measured alone. */
const SETTLE_MS = 1500;

/**
 * Lighthouse's mobile emulation; devtools throttling, the only kind a timespan has, of the CPU only:
 * the one request in the flow (the other edition's page) comes from this machine.
 */
const FLOW_FLAGS = {
  logLevel: 'error',
  formFactor: 'mobile',
  screenEmulation: { mobile: true, disabled: false, ...PHONE },
  throttlingMethod: 'devtools',
  throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN, rttMs: 0, throughputKbps: 0, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
  onlyCategories: ['performance'],
  // Its capture lays the whole page out at full height between the timespans, in a 1 s task.
  disableFullPageScreenshot: true,
};

/**
 * Installed in every document of the flow: keeps each Event Timing entry of 16 ms or more with the
 * action under way (absolute times, so the marks of the page before an edition switch and the
 * entries of the page after it compare), and hands them on across the switch in sessionStorage.
 * What is kept is stored as each action starts (benchFlowSave), before its tap; the page's last
 * moments store only what came after. Storing it all as the page left cost about 10 ms at 4× CPU, in
 * the very task that commits the next page, and the flow counted it against the story.
 */
function recordEventTiming() {
  const KEY = 'bench-flow:event-timing';
  const LISTS = ['entries', 'marks', 'longTasks', 'shifts'];
  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
  const tail = JSON.parse(sessionStorage.getItem(`${KEY}:tail`) ?? '{}');
  const state = Object.fromEntries(LISTS.map((list) => [list, [...(saved[list] ?? []), ...(tail[list] ?? [])]]));
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(`${KEY}:tail`);
  window.benchFlow = state;
  // How much of each list is stored already; the page's last moments store the rest.
  const stored = Object.fromEntries(LISTS.map((list) => [list, 0]));
  window.benchFlowSave = () => {
    sessionStorage.setItem(KEY, JSON.stringify(state));
    for (const list of LISTS) stored[list] = state[list].length;
  };
  const describe = (node) => (node instanceof Element ? node.tagName.toLowerCase() + (node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '') : String(node));
  const keep = (list) => {
    for (const entry of list) {
      state.entries.push({
        name: entry.name,
        interactionId: entry.interactionId,
        start: performance.timeOrigin + entry.startTime,
        duration: entry.duration,
        inputDelay: entry.processingStart - entry.startTime,
        processing: entry.processingEnd - entry.processingStart,
        presentation: entry.startTime + entry.duration - entry.processingEnd,
        target: describe(entry.target),
      });
    }
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  // Long tasks and layout shifts too, to say which action each follows.
  const keepOthers = (list) => {
    for (const entry of list) {
      const start = performance.timeOrigin + entry.startTime;
      if (entry.entryType === 'longtask') state.longTasks.push({ start, duration: entry.duration, page: location.pathname });
      else state.shifts.push({ start, value: entry.value, hadRecentInput: entry.hadRecentInput, page: location.pathname, nodes: entry.sources.map((source) => describe(source.node)) });
    }
  };
  const others = new PerformanceObserver((list) => keepOthers(list.getEntries()));
  others.observe({ type: 'longtask', buffered: true });
  others.observe({ type: 'layout-shift', buffered: true });
  addEventListener('pagehide', () => {
    keep(observer.takeRecords());
    keepOthers(others.takeRecords());
    sessionStorage.setItem(`${KEY}:tail`, JSON.stringify(Object.fromEntries(LISTS.map((list) => [list, state[list].slice(stored[list])]))));
  });
}

/** A wait in the page's own time. */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Names the action that starts now; the interactions after it are counted as its own. */
function markAction(page, label) {
  return page.evaluate((name) => {
    window.benchFlow.marks.push({ label: name, at: performance.timeOrigin + performance.now() });
    window.benchFlowSave();
  }, label);
}

/**
 * Brings an element to three quarters down the screen (below the phone's picture, which holds the
 * top half), lets the page settle and taps its middle; the tap must land on the element itself.
 */
async function tap(page, label, selector) {
  const point = await page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top - window.innerHeight * 0.75, behavior: 'instant' });
    return true;
  }, selector);
  if (!point) throw new Error(`Nothing to tap for ${label}: no ${selector}`);
  await pause(SETTLE_MS);
  const target = await page.evaluate((css) => {
    const element = document.querySelector(css);
    const box = element.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 40);
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    return { x, y, isHit: Boolean(hit && (hit === element || element.contains(hit))) };
  }, selector);
  if (!target.isHit) throw new Error(`${label}: ${selector} is covered where it would be tapped`);
  await markAction(page, label);
  await page.touchscreen.tap(target.x, target.y);
  await pause(SETTLE_MS);
}

async function pressKey(page, key) {
  await markAction(page, `key ${key}`);
  await page.keyboard.press(key);
  await pause(SETTLE_MS);
}

/** The reader's actions on one page: the step keys, the evidence opened and closed, the motion switch. */
async function actOnPage(page) {
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) await pressKey(page, key);
  // The step the keys left the reader on, whose card holds a "How we know".
  const howWeKnow = '[data-step][aria-current="step"] details.how-we-know > summary';
  await tap(page, 'open "How we know"', howWeKnow);
  await tap(page, 'close "How we know"', howWeKnow);
  const callout = '[data-step] details.discrepancy > summary';
  await tap(page, 'open "Reports differ"', callout);
  await tap(page, 'close "Reports differ"', callout);
  const motion = 'button[data-control="motion"]';
  await tap(page, 'motion off', motion);
  await tap(page, 'motion on', motion);
}

/** The link to the other edition, at the top of the page, until that edition's page is ready. */
async function switchEdition(page) {
  const navigated = page.waitForNavigation({ waitUntil: 'load' });
  await tap(page, 'switch edition', '.opening__editions a[data-edition]');
  await navigated;
  await page.waitForSelector('html[data-story-ready]', { timeout: 60_000 });
  await pause(SETTLE_MS);
}

/** The action under way at an absolute time. */
function actionAt(marks, time) {
  return marks.filter((mark) => mark.at <= time + 1).at(-1)?.label ?? 'before the flow';
}

/** Each interaction's longest Event Timing entry, under the action it belongs to. */
function interactionsOf({ entries, marks }) {
  const byInteraction = new Map();
  for (const entry of entries) {
    if (!entry.interactionId) continue;
    const known = byInteraction.get(entry.interactionId);
    if (!known || entry.duration > known.duration) byInteraction.set(entry.interactionId, entry);
  }
  return [...byInteraction.values()]
    .sort((a, b) => a.start - b.start)
    .map((entry) => ({
      action: actionAt(marks, entry.start),
      event: entry.name,
      target: entry.target,
      durationMs: Math.round(entry.duration),
      inputDelayMs: Math.round(entry.inputDelay),
      processingMs: Math.round(entry.processing),
      presentationMs: Math.round(entry.presentation),
    }));
}

async function launchChromium(devtoolsPort) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-flow-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${devtoolsPort}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${devtoolsPort}/json/version`);
      if (response.ok) return { child, profile };
    } catch {
      // Not listening yet.
    }
    await pause(100);
  }
  child.kill();
  throw new Error('Chromium did not open its DevTools port');
}

async function closeChromium({ child, profile }) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
  // Chromium's helper processes can still be writing to the profile for a moment after it exits.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      rmSync(profile, { recursive: true, force: true });
      return;
    } catch {
      await pause(250);
    }
  }
}

/** One run of the flow from one edition's page, in a fresh browser. */
async function runFlow(url, devtoolsPort, traceFile) {
  const chromium = await launchChromium(devtoolsPort);
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${devtoolsPort}`, defaultViewport: null });
    const page = await browser.newPage();
    await page.setViewport({ ...PHONE, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(recordEventTiming);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-story-ready]', { timeout: 60_000 });
    await pause(SETTLE_MS);
    const flow = await startFlow(page, { name: `Reader's flow, ${url}`, flags: FLOW_FLAGS });
    // Two timespans: the edition switch leaves the page, and a timespan that spans a navigation
    // counts every earlier shift that followed a tap (a disclosure opening pushes what is below it)
    // as layout shift, which the metric leaves out (Lighthouse moves its input window to the
    // navigation's first viewport event), so the taps on the page are measured apart from it.
    await flow.startTimespan({ name: 'Step keys, evidence, motion' });
    await actOnPage(page);
    await flow.endTimespan();
    await flow.startTimespan({ name: 'Edition switch' });
    await switchEdition(page);
    await flow.endTimespan();
    const recorded = await page.evaluate(() => window.benchFlow);
    const { steps } = await flow.createFlowResult();
    if (traceFile) {
      const { gatherSteps } = await flow.createArtifactsJson();
      gatherSteps.forEach((step, index) => writeFileSync(traceFile.replace(/\.json$/, `-${index + 1}.json`), JSON.stringify(step.artifacts.Trace)));
    }
    await browser.disconnect();
    const [onPage, editionSwitch] = steps.map(({ lhr }) => ({
      inpMs: Math.round(lhr.audits['interaction-to-next-paint']?.numericValue ?? 0),
      longTaskMs: (lhr.audits['long-tasks']?.details?.debugData?.tasks ?? []).map((task) => Math.round(task.duration)).filter((ms) => ms > 50),
      cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(4)),
      warnings: lhr.runWarnings.filter((warning) => !/navigation was detected/.test(warning)),
    }));
    const longTasks = [...onPage.longTaskMs, ...editionSwitch.longTaskMs];
    const interactions = interactionsOf(recorded);
    const slowest = interactions.reduce((worst, interaction) => (!worst || interaction.durationMs > worst.durationMs ? interaction : worst), undefined);
    const since = recorded.marks[0]?.at ?? 0;
    return {
      inpMs: Math.max(onPage.inpMs, editionSwitch.inpMs),
      slowestTapMs: slowest?.durationMs ?? 0,
      slowestTap: slowest?.action ?? 'none',
      longTasksOver50: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
      cls: Math.max(onPage.cls, editionSwitch.cls),
      onPage,
      editionSwitch,
      interactions,
      // As the pages saw them: which action each long task and layout shift followed.
      longTasksSeen: recorded.longTasks.filter((task) => task.start >= since).map((task) => ({ action: actionAt(recorded.marks, task.start), page: task.page, durationMs: Math.round(task.duration) })),
      shiftsSeen: recorded.shifts.filter((shift) => shift.start >= since && shift.value > 0).map((shift) => ({ action: actionAt(recorded.marks, shift.start), page: shift.page, value: Number(shift.value.toFixed(4)), hadRecentInput: shift.hadRecentInput, nodes: shift.nodes })),
    };
  } finally {
    await closeChromium(chromium);
  }
}

/** The middle value of the runs (the mean of the two middle ones for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each number's median over the runs; the slowest tap named as most runs name it. */
function summarise(runs) {
  const names = runs.map((run) => run.slowestTap);
  const slowestTap = names.sort((a, b) => names.filter((name) => name === b).length - names.filter((name) => name === a).length)[0];
  const figures = {};
  for (const key of ['inpMs', 'slowestTapMs', 'longTasksOver50', 'longestTaskMs', 'cls']) figures[key] = median(runs.map((run) => run[key]));
  const spread = {};
  for (const key of ['inpMs', 'slowestTapMs', 'longestTaskMs']) spread[key] = [Math.min(...runs.map((run) => run[key])), Math.max(...runs.map((run) => run[key]))];
  return { ...figures, slowestTap, spread };
}

/**
 * Runs the reader's flow `runs` times over each edition of the story served at `origin` (the two
 * editions alternated), in Chromium on `devtoolsPort`; prints the figures and returns them:
 * `{ cpuSlowdown, runsPerMeasure, targets, ours, oursFr, runs: { ours: [...], oursFr: [...] } }`,
 * `ours`/`oursFr` holding each edition's medians (INP, the slowest tap and its duration, long tasks
 * over 50 ms, the longest, CLS) and their spread, each run its own figures and every interaction.
 */
export async function measureFlow({ origin, devtoolsPort = PORTS.devtools, runs = RUNS, traceDir = process.env.BENCH_FLOW_TRACES }) {
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const result = { cpuSlowdown: CPU_SLOWDOWN, runsPerMeasure: runs, targets: FLOW_TARGETS, ours: {}, oursFr: {}, runs: { ours: [], oursFr: [] } };
  for (let run = 1; run <= runs; run += 1) {
    for (const [side, path] of Object.entries(EDITIONS)) {
      console.log(`Reader's flow at ${CPU_SLOWDOWN}× CPU slowdown, ${side}, run ${run} of ${runs}…`);
      const traceFile = traceDir && join(traceDir, `flow-${side}-${run}.json`);
      result.runs[side].push(await runFlow(new URL(path, origin).href, devtoolsPort, traceFile));
    }
  }
  for (const side of Object.keys(EDITIONS)) result[side] = summarise(result.runs[side]);
  printFlow(result);
  return result;
}

function printFlow(result) {
  for (const side of Object.keys(EDITIONS)) {
    const { inpMs, slowestTap, slowestTapMs, longTasksOver50, longestTaskMs, cls, spread } = result[side];
    console.log(`${side}: INP ${inpMs} ms (runs ${spread.inpMs.join('–')}), slowest tap ${slowestTapMs} ms (${slowestTap}), long tasks > 50 ms ${longTasksOver50} (longest ${longestTaskMs} ms), CLS ${cls}`);
    result.runs[side].forEach((run, index) => {
      for (const [name, step] of [['on the page', run.onPage], ['edition switch', run.editionSwitch]]) {
        console.log(`  run ${index + 1}, ${name}: INP ${step.inpMs} ms, long tasks > 50 ms ${JSON.stringify(step.longTaskMs)}, CLS ${step.cls}${step.warnings.length ? `, warnings: ${step.warnings.join(' | ')}` : ''}`);
      }
      for (const task of run.longTasksSeen) console.log(`    long task ${task.durationMs} ms after ${task.action} (${task.page})`);
      for (const shift of run.shiftsSeen) console.log(`    layout shift ${shift.value}${shift.hadRecentInput ? ' (after input)' : ''} after ${shift.action} (${shift.page}): ${shift.nodes.join(', ')}`);
      for (const interaction of run.interactions) {
        console.log(`    ${interaction.action}: ${interaction.event} on ${interaction.target} ${interaction.durationMs} ms (input delay ${interaction.inputDelayMs}, processing ${interaction.processingMs}, presentation ${interaction.presentationMs})`);
      }
    });
  }
  console.log(`Targets: INP ≤ ${FLOW_TARGETS.inpMs} ms, no long task over 50 ms, CLS ${FLOW_TARGETS.cls}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serveDirectory(join(ROOT, 'dist'), PORTS.story);
  try {
    await measureFlow({ origin: `http://localhost:${PORTS.story}` });
  } finally {
    server.close();
  }
}
