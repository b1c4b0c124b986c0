// The new-story command, tried as a newcomer would (`npm test` runs it with the builds): it makes a
// story under a name of its own, which must pass the type check, build (every content check) and
// prerender (the page's quote check) as made, with its placeholder reports marked as such, from its
// own entry page into its own output folder, touching no file of the project; then it is removed.
//   node scripts/test-new-story.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeStory } from './new-story.mjs';

const ROOT = join(import.meta.dirname, '..');
const NAME = 'new-story-check';
const TITLE = 'A story from the kit';
const FOLDER = join('src', 'stories', NAME);
const CONFIG = `vite.${NAME}.config.ts`;
const OUT = join('node_modules', '.cache', 'stories', NAME);

/** Runs a command in the project, its output shown; throws, naming the step, if it fails. */
function step(label, command, args) {
  console.log(`new story: ${label}`);
  const { status } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) throw new Error(`the new story failed to ${label}`);
}

/** The project's own changes (tracked files) as git sees them, where git is there to ask. */
function trackedChanges() {
  try {
    return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

function removeStory() {
  for (const path of [FOLDER, CONFIG, OUT]) rmSync(join(ROOT, path), { recursive: true, force: true });
}

removeStory();
const before = trackedChanges();
let failure;
try {
  const written = makeStory({ name: NAME, title: TITLE });
  if (written.some((path) => !path.startsWith(FOLDER) && path !== CONFIG)) throw new Error(`it wrote outside its folder: ${written.join(', ')}`);
  step('pass the type check', 'npx', ['tsc', '-b']);
  step('build', 'npx', ['vite', 'build', '-c', CONFIG, '--logLevel', 'warn']);
  step('prerender', 'node', ['scripts/prerender.mjs', '--dist', OUT, '--reports', join(FOLDER, 'reports')]);
  const page = readFileSync(join(ROOT, OUT, 'index.html'), 'utf8');
  for (const expected of [`<title>${TITLE}</title>`, 'data-step="tower-door"', 'data-step="lamp-lit"', 'Placeholder report one']) {
    if (!page.includes(expected)) throw new Error(`its page has no ${expected}`);
  }
  const reportsDir = join(ROOT, FOLDER, 'reports');
  const reports = readdirSync(reportsDir);
  const unmarked = reports.filter((file) => !readFileSync(join(reportsDir, file), 'utf8').startsWith('PLACEHOLDER REPORT'));
  if (reports.length !== 2 || unmarked.length) throw new Error(`its reports should be two placeholders marked as such: ${reports.join(', ')}`);
  if (existsSync(join(ROOT, 'dist', NAME))) throw new Error('it built into the published story’s dist/');
  const after = trackedChanges();
  if (before !== undefined && after !== before) throw new Error(`it changed the project's own files:\n${after}`);
  console.log(`new story: made, checked, built and prerendered (${written.length} files, ${OUT}/index.html)`);
} catch (error) {
  failure = error;
} finally {
  removeStory();
}
if (failure) {
  console.error(`new story: ${failure.message}`);
  process.exit(1);
}
