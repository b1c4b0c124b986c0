// First paint against the same page without scripts. For each edition, the built page and a copy of
// it with its scripts removed (the same HTML, inlined stylesheet and preloaded fonts: what a reader
// would get if the story's JavaScript cost the first paint nothing), each served by the benchmark's
// own server and by a plain gzip server, measured by Lighthouse mobile with simulated throttling
// (what PageSpeed Insights shows) and with DevTools throttling (which measures), the runs alternated.
//   const report = await measureFirstPaint({ dist: 'dist', editions: { ours: '/', oursFr: '/fr/' }, runs: 3, firstPort: 4380 });
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLighthouse } from './bench-lighthouse.mjs';
import { serveDirectory } from './bench-server.mjs';
import { servePlainGzip } from './plain-gzip-server.mjs';

/** The page against its script-less copy: LCP and FCP ratios, and Lighthouse's performance score. */
export const FIRST_PAINT_TARGETS = { lcpRatio: 1.15, fcpRatio: 1.05, performance: 100 };
const METHODS = ['simulate', 'devtools'];
const SERVERS = { own: serveDirectory, plain: servePlainGzip };

/** The build with every edition's page stripped of its scripts (JSON-LD, being data, stays). */
function writeScriptlessCopy(dist, editions) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scriptless-'));
  cpSync(dist, dir, { recursive: true });
  for (const path of Object.values(editions)) {
    const page = join(dir, path, 'index.html');
    const html = readFileSync(page, 'utf8')
      .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '');
    writeFileSync(page, html);
  }
  return dir;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export async function measureFirstPaint({ dist, editions, runs, firstPort }) {
  const scriptless = writeScriptlessCopy(dist, editions);
  const ports = { devtools: firstPort };
  const servers = [];
  const origins = {};
  let port = firstPort + 1;
  for (const [server, serve] of Object.entries(SERVERS)) {
    for (const [side, root] of Object.entries({ page: dist, scriptless })) {
      servers.push(await serve(root, port));
      origins[`${server}:${side}`] = `http://localhost:${port}`;
      port += 1;
    }
  }
  const runsBy = {};
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const method of METHODS) {
        for (const server of Object.keys(SERVERS)) {
          for (const [edition, path] of Object.entries(editions)) {
            for (const side of ['page', 'scriptless']) {
              console.log(`First paint, ${method} throttling, ${server} server, ${edition} ${side}, run ${run} of ${runs}…`);
              const result = await runLighthouse(`${origins[`${server}:${side}`]}${path}`, { port: ports.devtools, throttlingMethod: method, categories: ['performance'] });
              ((runsBy[`${method} ${server} ${edition}`] ??= { page: [], scriptless: [] })[side]).push({ performance: result.performance, fcpMs: result.fcpMs, lcpMs: result.lcpMs });
            }
          }
        }
      }
    }
  } finally {
    for (const server of servers) server.close();
    rmSync(scriptless, { recursive: true, force: true });
  }
  const figures = {};
  for (const [key, sides] of Object.entries(runsBy)) {
    const of = (side, measure) => median(sides[side].map((result) => result[measure]));
    const lcpRatio = Number((of('page', 'lcpMs') / of('scriptless', 'lcpMs')).toFixed(3));
    const fcpRatio = Number((of('page', 'fcpMs') / of('scriptless', 'fcpMs')).toFixed(3));
    const performance = of('page', 'performance');
    figures[key] = {
      page: { performance, fcpMs: of('page', 'fcpMs'), lcpMs: of('page', 'lcpMs') },
      scriptless: { performance: of('scriptless', 'performance'), fcpMs: of('scriptless', 'fcpMs'), lcpMs: of('scriptless', 'lcpMs') },
      lcpRatio,
      fcpRatio,
      meetsTargets: lcpRatio <= FIRST_PAINT_TARGETS.lcpRatio && fcpRatio <= FIRST_PAINT_TARGETS.fcpRatio && performance >= FIRST_PAINT_TARGETS.performance,
      runs: sides,
    };
  }
  return { targets: FIRST_PAINT_TARGETS, figures };
}

/** One line per method, server and edition. */
export function printFirstPaint({ figures }) {
  for (const [key, figure] of Object.entries(figures)) {
    console.log(`  ${key}: performance ${figure.page.performance}, FCP ${figure.page.fcpMs} ms (${figure.fcpRatio}× the script-less ${figure.scriptless.fcpMs}), LCP ${figure.page.lcpMs} ms (${figure.lcpRatio}× ${figure.scriptless.lcpMs})${figure.meetsTargets ? '' : '  ← misses a target'}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measureFirstPaint({ dist: join(import.meta.dirname, '..', 'dist'), editions: { ours: '/', oursFr: '/fr/' }, runs: Number(process.env.BENCH_RUNS ?? 3), firstPort: Number(process.env.BENCH_PORT ?? 4376) + 10 });
  printFirstPaint(report);
}
