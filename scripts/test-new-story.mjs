// The new-story command, tried as a newcomer would (`npm test` runs it with the builds): it makes a
// story under a name of its own, which must pass the type check, build (every content check) and
// prerender (the page's quote check) as made, with its placeholder reports marked as such, from its
// own entry page into its own output folder, touching no file of the project; then a second chapter is
// added as a writer adds one, with a quotation and a claim of its own (six files of the story's folder:
// the chapter's plan and words, the chapter list (chapters.aml), the excerpt, the claim, and their words), and the
// story must pass the same checks again; then it is removed.
//   node scripts/test-new-story.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes `edit(text)` over the story's file `path` (from its folder), and returns the path from the project. */
function editFile(path, edit) {
  const file = join(ROOT, FOLDER, path);
  const text = readFileSync(file, 'utf8');
  const edited = edit(text);
  if (edited === text) throw new Error(`${path} no longer has what the check edits: update scripts/test-new-story.mjs with the template`);
  writeFileSync(file, edited);
  return join(FOLDER, path);
}

/**
 * Adds a second chapter as a writer would, with a quotation and a claim of its own: its folder (its
 * plan, plan.ts, and its words, words.en.aml, made from the first's), its name in the story's
 * chapter list (chapters.aml), its quotation in excerpts.aml, its claim in claims.ts, and who said the one
 * and our statement of the other in the story's words.en.aml. Returns the files it changed or made.
 */
function addSecondChapter() {
  const ownIds = (text) => text.replaceAll('tower-door', 'second-door').replaceAll('lamp-lit', 'second-lit');
  mkdirSync(join(ROOT, FOLDER, 'chapters', 'second-chapter'));
  const chapter = join('chapters', 'second-chapter', 'plan.ts');
  const words = join('chapters', 'second-chapter', 'words.en.aml');
  writeFileSync(join(ROOT, FOLDER, chapter), readFileSync(join(ROOT, FOLDER, 'chapters', 'first-chapter', 'plan.ts'), 'utf8'));
  writeFileSync(join(ROOT, FOLDER, words), readFileSync(join(ROOT, FOLDER, 'chapters', 'first-chapter', 'words.en.aml'), 'utf8'));
  return [
    editFile(chapter, (text) => ownIds(text.replaceAll("'first-chapter'", "'second-chapter'")).replace("quoteIds: ['door'], claimIds: ['dusk']", "quoteIds: ['lamp-seven'], claimIds: ['lit-by-him']")),
    editFile(words, (text) => ownIds(text).replace('title: The lamp', 'title: The second lamp')),
    editFile('chapters.aml', (text) => text.replace('* first-chapter\n', '* first-chapter\n* second-chapter\n')),
    editFile('excerpts.aml', (text) => text.replace('{excerpts.into-the-tower}', "{quotes.lamp-seven}\nreport: one\ntext: He lit the lamp at seven o'clock.\n{}\n\n{excerpts.into-the-tower}")),
    editFile('claims.ts', (text) => text.replace('] as const satisfies readonly ClaimFacts', "  { id: 'lit-by-him', evidence: [{ excerpt: 'lamp-seven', stance: 'states' }] },\n] as const satisfies readonly ClaimFacts")),
    editFile('words.en.aml', (text) => text.replace('{claims.dusk}', '{quotes.lamp-seven}\nspeaker: Placeholder report one\n{}\n\n{claims.lit-by-him}\nstatement: Placeholder report one says the keeper lit the lamp.\n{}\n\n{claims.dusk}')),
  ];
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
  // A second chapter, as a writer adds one: at most six files changed or made, all in the story's
  // folder, and outside the chapter's own folder only the chapter list and the quotation's and
  // claim's excerpt, facts and words.
  const changed = addSecondChapter();
  if (changed.length > 6 || changed.some((path) => !path.startsWith(FOLDER))) throw new Error(`its second chapter took more than six files of its folder: ${changed.join(', ')}`);
  console.log(`new story: a second chapter, with a quotation and a claim of its own, in ${changed.length} files:\n  ${changed.join('\n  ')}`);
  step('write its documents with a second chapter', 'node', ['scripts/story-documents.mjs']);
  step('pass the type check with a second chapter', 'npx', ['tsc', '-b']);
  step('build with a second chapter', 'npx', ['vite', 'build', '-c', CONFIG, '--logLevel', 'warn']);
  step('prerender with a second chapter', 'node', ['scripts/prerender.mjs', '--dist', OUT, '--reports', join(FOLDER, 'reports')]);
  const twoChapters = readFileSync(join(ROOT, OUT, 'index.html'), 'utf8');
  for (const expected of ['data-step="tower-door"', 'data-step="second-door"', 'data-step="second-lit"', 'The second lamp', "He lit the lamp at seven o&#x27;clock.", 'Placeholder report one says the keeper lit the lamp.']) {
    if (!twoChapters.includes(expected)) throw new Error(`its page with a second chapter has no ${expected}`);
  }
  // The prerender writes the page's stylesheet, the scenes' styles with it, into its head, where the first paint reads it.
  if (!/<style>[^<]*lamp__tower/.test(twoChapters)) throw new Error('the scene’s styles are not in the page’s first stylesheet');
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
