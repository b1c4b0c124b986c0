// The four builds the browser specs test: the published story's (dist/), the credited copy's, the
// fixture story's and a generated story of many chapters (scripts/steps-story.mjs), made again only
// when a source changed since they were last made (a stamp written after all four says when). What
// they are built from: the sources, the page, the build scripts, the static files, the configs and
// the lock file.
//   node scripts/test-builds.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const STAMP = join(ROOT, 'node_modules', '.cache', 'browser-builds.stamp');
const INPUTS = ['src', 'scripts', 'assets', 'tests/fixture-story', 'index.html', 'vite.config.ts', 'vite.embed.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time of a file under `path`. */
function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changedAt = Math.max(...INPUTS.map((input) => join(ROOT, input)).filter(existsSync).map(newestChange));
if (changedAt > builtAt) {
  console.log(builtAt ? 'A source changed since the last build: building again.' : 'No build yet: building.');
  for (const script of ['build', 'build:credited', 'build:fixture', 'build:long']) execFileSync('npm', ['run', script, '--silent'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
} else {
  console.log('The builds are newer than every source: testing them as they are.');
}
