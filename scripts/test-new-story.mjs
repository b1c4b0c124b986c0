// The new-story command, tried as a newcomer would (`npm test` runs it with the builds): it makes a
// story under a name of its own, which must pass the type check, build (every content check) and
// prerender (the page's quote check) as made, with its placeholder reports marked as such, from its
// own entry page into its own output folder, touching no file of the project; then a second chapter is
// added as a writer adds one (a folder, and a name in the chapter list), and the story must pass the
// same checks again; then it is removed.
//   node scripts/test-new-story.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Adds a second chapter as a writer would: the first chapter's folder copied under a new name, its
 * ids and words made its own, a rule of its own in its scene styles, and its name added to the
 * story's chapter list in text.ts. Returns the files it changed or made.
 */
function addSecondChapter() {
  const first = join(ROOT, FOLDER, 'chapters', 'first-chapter');
  const second = join(FOLDER, 'chapters', 'second-chapter');
  cpSync(first, join(ROOT, second), { recursive: true });
  const rename = (file, edit) => writeFileSync(join(ROOT, second, file), edit(readFileSync(join(ROOT, second, file), 'utf8')));
  const ownIds = (text) => text.replaceAll('tower-door', 'second-door').replaceAll('lamp-lit', 'second-lit');
  rename('chapter.ts', (text) => ownIds(text.replaceAll('FIRST_CHAPTER', 'SECOND_CHAPTER').replaceAll("'first-chapter'", "'second-chapter'")));
  rename('words.en.aml', (text) => ownIds(text).replace('title: The lamp', 'title: The second lamp'));
  for (const module of readdirSync(join(ROOT, second)).filter((file) => /\.aml\..*ts$/.test(file))) rmSync(join(ROOT, second, module));
  appendFileSync(join(ROOT, second, 'scene.css'), '\n.second-chapter-mark {\n  opacity: 1;\n}\n');
  const text = join(ROOT, FOLDER, 'text.ts');
  const listed = readFileSync(text, 'utf8')
    .replace("import { FIRST_CHAPTER } from './chapters/first-chapter/chapter.ts';", "import { FIRST_CHAPTER } from './chapters/first-chapter/chapter.ts';\nimport { SECOND_CHAPTER } from './chapters/second-chapter/chapter.ts';")
    .replace('chapters: [FIRST_CHAPTER]', 'chapters: [FIRST_CHAPTER, SECOND_CHAPTER]');
  if (!listed.includes('SECOND_CHAPTER]')) throw new Error('text.ts no longer lists its chapters as the check expects: update scripts/test-new-story.mjs with the template');
  writeFileSync(text, listed);
  return [...readdirSync(join(ROOT, second)).filter((file) => !/\.aml\..*ts$/.test(file)).map((file) => join(second, file)), join(FOLDER, 'text.ts')];
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
  // A second chapter, as a writer adds one: a folder beside the first, and its name in the chapter list.
  const changed = addSecondChapter();
  if (changed.some((path) => !path.startsWith(join(FOLDER, 'chapters', 'second-chapter')) && path !== join(FOLDER, 'text.ts'))) throw new Error(`its second chapter changed more than its folder and the chapter list: ${changed.join(', ')}`);
  step('write its documents with a second chapter', 'node', ['scripts/story-documents.mjs']);
  step('pass the type check with a second chapter', 'npx', ['tsc', '-b']);
  step('build with a second chapter', 'npx', ['vite', 'build', '-c', CONFIG, '--logLevel', 'warn']);
  step('prerender with a second chapter', 'node', ['scripts/prerender.mjs', '--dist', OUT, '--reports', join(FOLDER, 'reports')]);
  const twoChapters = readFileSync(join(ROOT, OUT, 'index.html'), 'utf8');
  for (const expected of ['data-step="tower-door"', 'data-step="second-door"', 'data-step="second-lit"', 'The second lamp']) {
    if (!twoChapters.includes(expected)) throw new Error(`its page with a second chapter has no ${expected}`);
  }
  // The prerender writes the page's stylesheet into its head, where the first paint reads it.
  if (!/<style>[^<]*second-chapter-mark/.test(twoChapters)) throw new Error('the second chapter’s scene styles are not in the page’s first stylesheet');
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
