// Lighthouse in Debian's Chromium, one fresh browser and profile per run, for the benchmark scripts.
//   const result = await runLighthouse(url, { formFactor: 'mobile', throttlingMethod: 'devtools', port: 4378 });
// Simulated throttling (Lighthouse's default, what PageSpeed Insights shows) models a slow phone from
// an unthrottled load; DevTools throttling slows the real network and CPU and measures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** No network but this machine's: every background service that would reach out is off. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function waitForDevtools(port) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not open its DevTools port');
}

/** Chromium's helper processes can still be writing to the profile for a moment after it exits. */
async function removeProfile(dir) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  console.warn(`Could not remove Chromium's temporary profile ${dir}`);
}

/**
 * One Lighthouse run: the four categories' scores (or performance alone), FCP, LCP, TBT, CLS and the
 * binary audits that failed.
 */
export async function runLighthouse(url, { formFactor = 'mobile', throttlingMethod = 'simulate', port, categories = ['performance', 'accessibility', 'best-practices', 'seo'] }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const chrome = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${userDataDir}`, 'about:blank'], { stdio: 'ignore' });
  try {
    await waitForDevtools(port);
    const flags = { port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories: scores, audits } = result.lhr;
    const score = (id) => Math.round((scores[id]?.score ?? 0) * 100);
    const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary').map((audit) => audit.id);
    const categoryScores = Object.fromEntries(categories.map((id) => [id === 'best-practices' ? 'bestPractices' : id, score(id)]));
    return {
      ...categoryScores,
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(4)),
      failingAudits: failing,
    };
  } finally {
    const exited = new Promise((resolve) => chrome.once('exit', resolve));
    chrome.kill();
    await exited;
    await removeProfile(userDataDir);
  }
}
