// The cost per step: stories of 24, 100 and 200 steps generated from the kit's template
// (steps-story.mjs), each built and prerendered as a story is, served, and read on a phone at 4× CPU
// slowdown from its first byte: HTML and JS bytes, the page's DOM nodes, the time to ready, the
// script time until the page is at rest (the app's start and every chapter's hydration), the JS heap
// after walking every step, and its scroll frames.
// Each figure's growth from 24 to 200 steps is set against the steps' (200 / 24 = 8.3×): a figure
// that grows faster costs more per step the longer the story. Prints the figures, writes
// bench/steps.json; not a test: it fails on nothing but a story that does not build or scroll.
//   npm run bench:steps                  (BENCH_PORT+30; BENCH_STEPS=24,100,200 by default)
//   const report = await measureSteps({ port: 4406 });   (bench.mjs, BENCH_ONLY=steps)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { measureBuild } from './bundle-bytes.mjs';
import { serveDirectory } from './bench-server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench-lighthouse.mjs';
import { CPU_SLOWDOWN, phoneContext, scrollEveryStep } from './bench-scroll.mjs';
import { buildStepsStory } from './steps-story.mjs';

const ROOT = join(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_STEPS ?? '24,100,200').split(',').map(Number);
/** At the largest size: no long task while scrolling, and a 60 Hz frame at the 95th percentile. */
export const STEPS_TARGETS = { longTasks: 0, p95FrameMs: 16.7 };
/** The figures whose growth is held to the steps' growth. */
const GROWING = ['htmlBytes', 'htmlGzip', 'domNodes', 'hydrationScriptMs', 'readyMs', 'heapAfterWalkKb'];

/** The JS heap in use after a full garbage collection, in KB. */
async function heapKb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return Math.round((await metric(cdp, 'JSHeapUsedSize')) / 1024);
}

/** A metric of Chromium's (Performance.getMetrics), in the unit it reports. */
async function metric(cdp, name) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((entry) => entry.name === name).value;
}

/**
 * Waits until the main thread is at rest: under 20 ms of tasks in a half-second, after the network
 * is idle. The chapters hydrate in slices at low priority (hydrationSlots.tsx); measured, they were
 * done by the ready mark (the script time at ready and at rest agreed), but a page that went on
 * working after it would be counted whole here.
 */
async function waitUntilAtRest(page, cdp) {
  await page.waitForLoadState('networkidle');
  const deadline = Date.now() + 60_000;
  for (let busy = await metric(cdp, 'TaskDuration'); ; ) {
    await page.waitForTimeout(500);
    const now = await metric(cdp, 'TaskDuration');
    if (now - busy < 0.02) return;
    if (Date.now() > deadline) throw new Error('The page was still busy a minute after it was ready');
    busy = now;
  }
}

/** Loads the story at 4× CPU from its first byte, waits for it to be at rest, then walks every step. */
async function readOnPhone(browser, url) {
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-story-ready]', { state: 'attached', timeout: 120_000 });
    const readyMs = await page.evaluate(() => Math.round(performance.getEntriesByName('story-ready', 'mark')[0].startTime));
    const scriptUntilReadyMs = Math.round((await metric(cdp, 'ScriptDuration')) * 1000);
    await page.evaluate(() => document.fonts.ready);
    await waitUntilAtRest(page, cdp);
    // Every script task the page ran from its first byte to rest: the app's start and every
    // chapter's hydration, which is what grows with the steps.
    const hydrationScriptMs = Math.round((await metric(cdp, 'ScriptDuration')) * 1000);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heapAtRestKb = await heapKb(cdp);
    const scroll = await scrollEveryStep(page, cdp);
    return { domNodes, readyMs, scriptUntilReadyMs, hydrationScriptMs, heapAtRestKb, heapAfterWalkKb: await heapKb(cdp), scroll };
  } finally {
    await context.close();
  }
}

/** Builds, serves and reads the story of `count` steps; removes it from the project after. */
async function measureSize(browser, count, port) {
  console.log(`Steps bench: building the story of ${count} steps…`);
  const story = buildStepsStory(count);
  try {
    const dist = join(ROOT, story.out);
    const html = readFileSync(join(dist, 'index.html'));
    const bytes = measureBuild(dist);
    const server = await serveDirectory(dist, port);
    try {
      console.log(`Steps bench: reading the story of ${count} steps at ${CPU_SLOWDOWN}× CPU…`);
      const read = await readOnPhone(browser, `http://localhost:${port}/`);
      if (read.scroll.steps !== count) throw new Error(`The story of ${count} steps shows ${read.scroll.steps}`);
      return { steps: count, htmlBytes: html.length, htmlGzip: bytes.html, firstLoadJs: bytes.firstLoadJs, allJs: bytes.allJs, ...read };
    } finally {
      server.close();
    }
  } finally {
    story.remove();
  }
}

/** Each growing figure's growth from the smallest story to the largest, against the steps' own. */
function growthOf(sizes) {
  const [smallest, largest] = [sizes[0], sizes.at(-1)];
  const stepsGrowth = largest.steps / smallest.steps;
  const figures = Object.fromEntries(GROWING.map((key) => {
    const growth = Number((largest[key] / smallest[key]).toFixed(2));
    return [key, { growth, holds: growth <= stepsGrowth }];
  }));
  return { from: smallest.steps, to: largest.steps, stepsGrowth: Number(stepsGrowth.toFixed(2)), figures };
}

export async function measureSteps({ port }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const sizes = [];
  try {
    for (const count of SIZES) sizes.push(await measureSize(browser, count, port));
  } finally {
    await browser.close();
  }
  const largest = sizes.at(-1);
  const atLargest = { steps: largest.steps, longTasks: largest.scroll.longTasks, p95FrameMs: largest.scroll.p95FrameMs, holds: largest.scroll.longTasks <= STEPS_TARGETS.longTasks && largest.scroll.p95FrameMs <= STEPS_TARGETS.p95FrameMs };
  return { cpuSlowdown: CPU_SLOWDOWN, targets: STEPS_TARGETS, sizes, growth: growthOf(sizes), atLargest };
}

/** The report as a table a person reads, one line per size, then the growth and the bounds. */
export function printSteps(report) {
  console.log(`Cost per step at ${report.cpuSlowdown}× CPU on a phone (HTML and JS bytes gzipped):`);
  for (const size of report.sizes) {
    const { scroll } = size;
    console.log(`  ${String(size.steps).padStart(3)} steps: HTML ${size.htmlGzip} B (${size.htmlBytes} raw), JS first ${size.firstLoadJs} B, all ${size.allJs} B, ${size.domNodes} DOM nodes, ready ${size.readyMs} ms (script ${size.scriptUntilReadyMs} ms), script until at rest (hydration) ${size.hydrationScriptMs} ms, heap at rest ${size.heapAtRestKb} KB, ${size.heapAfterWalkKb} KB after the walk, scroll p95 ${scroll.p95FrameMs} ms (callbacks ${scroll.p95CallbackMs} ms apart), frames over 33 ms ${(scroll.framesOver33Share * 100).toFixed(1)} %, long tasks ${scroll.longTasks}`);
  }
  const { growth, atLargest, targets } = report;
  const growthLine = Object.entries(growth.figures).map(([key, { growth: by, holds }]) => `${key} ${by}×${holds ? '' : ' (faster than the steps)'}`).join(', ');
  console.log(`  From ${growth.from} to ${growth.to} steps (${growth.stepsGrowth}×): ${growthLine}`);
  console.log(`  At ${atLargest.steps} steps (targets: ${targets.longTasks} long tasks, p95 ≤ ${targets.p95FrameMs} ms): ${atLargest.longTasks} long tasks, p95 ${atLargest.p95FrameMs} ms: ${atLargest.holds ? 'holds' : 'does not hold'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = { date: new Date().toISOString(), ...(await measureSteps({ port: Number(process.env.BENCH_PORT ?? 4376) + 30 })) };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'steps.json'), `${JSON.stringify(report, null, 2)}\n`);
  printSteps(report);
  console.log('Wrote bench/steps.json');
}
