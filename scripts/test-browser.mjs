// The browser tier alone: the Playwright specs named (all when none is), against the current builds,
// rebuilding them first only when a source changed since they were made (scripts/test-builds.mjs).
//   npm run test:browser -- src/stories/four-floors/tests/embed-readiness.spec.ts      npm run test:browser -- -g "deep link"
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
execFileSync('node', [join(ROOT, 'scripts', 'test-builds.mjs')], { stdio: 'inherit' });
execFileSync('node', [join(ROOT, 'scripts', 'ensure-chromium.mjs')], { stdio: 'inherit' });
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
