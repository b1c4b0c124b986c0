// A story of any number of steps, generated from the kit's new-story template: the template's story
// with its one chapter (chapters/first-chapter/chapter.ts and its document) replaced by chapters of six steps each (as the published story's run) or of
// the number given, every step with its own words (written with its plan) and picture, resting on the template's claims and
// quotes so the build's content checks all run over it. The cost-per-step bench (bench-steps.mjs)
// measures stories of 24 to 200 steps; the browser tests read one of many short chapters
// (tests/long-story.spec.ts), which `npm test` builds with the command below.
//   const story = buildStepsStory(200);          // built into story.out; story.remove() removes that too
//   node scripts/steps-story.mjs 40 2            (40 steps in chapters of 2, built into LONG_STORY_DIST)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeStory } from './new-story.mjs';

const ROOT = join(import.meta.dirname, '..');
const STEPS_PER_CHAPTER = 6;
/** The story the browser tests read: more chapters than a phone's bar has room for. */
export const LONG_STORY = { steps: 40, perChapter: 2 };

/** The generated story's name, and so its folder, config and output folder's. */
const storyName = (count, perChapter) => (perChapter === STEPS_PER_CHAPTER ? `steps-${count}` : `steps-${count}-by-${perChapter}`);
/** Where a generated story is built (ignored by git, never dist/). */
const outFolder = (name) => join('node_modules', '.cache', 'stories', name);
export const LONG_STORY_DIST = join(ROOT, outFolder(storyName(LONG_STORY.steps, LONG_STORY.perChapter)));

/** The generated story's step `index` (1-based) of `count`: its plan and its words, as TypeScript source. */
function stepSource(index, count, perChapter) {
  const place = (index - 1) % perChapter;
  const isLit = place === perChapter - 1;
  const id = `landing-${index}`;
  const plan = {
    id,
    quoteIds: place === 0 ? ['door'] : [],
    claimIds: [isLit ? 'seven' : 'dusk'],
    discrepancyIds: isLit ? ['hour'] : [],
    picture: { isLit, keeperAt: perChapter > 1 ? Number((place / (perChapter - 1)).toFixed(2)) : 1 },
  };
  const words = {
    kicker: isLit ? `Lit, at landing ${index}` : `Landing ${index}`,
    body: [
      `The keeper climbs on: this is landing ${index} of ${count}, and the lamp room is ${isLit ? 'reached' : 'still above him'}.`,
      isLit ? 'Placeholder report one says he lit the lamp at seven; placeholder report two says eight.' : 'Both placeholder reports say he went into the tower at dusk.',
    ],
    alt: isLit ? `The lamp lit at the top of the tower, landing ${index}.` : `The keeper on landing ${index} of the tower.`,
  };
  return { plan: `      ${JSON.stringify(plan)},`, words: `      ${JSON.stringify(id)}: ${JSON.stringify(words)},` };
}

/** The chapters holding `count` steps, as the source of the template's chapter module, and the list of their constants. */
function chaptersSource(count, perChapter) {
  const chapters = [];
  for (let first = 1; first <= count; first += perChapter) {
    const number = chapters.length + 1;
    const steps = [];
    for (let index = first; index < first + perChapter && index <= count; index += 1) steps.push(stepSource(index, count, perChapter));
    chapters.push(`export const CHAPTER_${number} = tellChapter(
  planChapter({
    id: 'chapter-${number}',
    scene: LAMP_SCENE,
    steps: [
${steps.map((step) => step.plan).join('\n')}
    ],
  }),
  {
    title: 'Part ${number} of the climb',
    dek: 'The keeper climbs the tower, landing by landing.',
    caption: 'A drawing of ours.',
    sceneWords: { keeper: 'keeper' },
    steps: {
${steps.map((step) => step.words).join('\n')}
    },
  },
);`);
  }
  return { source: chapters.join('\n\n'), list: chapters.map((_, at) => `CHAPTER_${at + 1}`).join(', ') };
}

/** Replaces `from` in the file at `path` (in the project), and fails loudly if the template changed under it. */
function replaceIn(path, from, to) {
  const file = join(ROOT, path);
  const text = readFileSync(file, 'utf8');
  if (!from.test(text)) throw new Error(`${path} no longer has what the steps story replaces (${from}): update scripts/steps-story.mjs with the template`);
  writeFileSync(file, text.replace(from, to));
}

/** Writes a story of `count` steps into the project (src/stories/<name>/ and its config). */
export function writeStepsStory(count, { perChapter = STEPS_PER_CHAPTER } = {}) {
  const name = storyName(count, perChapter);
  const folder = join('src', 'stories', name);
  const config = `vite.${name}.config.ts`;
  const out = outFolder(name);
  const removeSources = () => {
    for (const path of [folder, config]) rmSync(join(ROOT, path), { recursive: true, force: true });
  };
  const remove = () => {
    removeSources();
    rmSync(join(ROOT, out), { recursive: true, force: true });
  };
  remove();
  makeStory({ name, title: `A climb of ${count} steps` });
  try {
    const { source, list } = chaptersSource(count, perChapter);
    // Its words are written with its plans, so the template chapter's document goes.
    replaceIn(join(folder, 'chapters', 'first-chapter', 'chapter.ts'), /import \{ WORDS \} from '\.\/words\.en\.aml\.ts';\n/, '');
    for (const file of ['words.en.aml', 'words.en.aml.ts']) rmSync(join(ROOT, folder, 'chapters', 'first-chapter', file), { force: true });
    replaceIn(join(folder, 'chapters', 'first-chapter', 'chapter.ts'), /export const FIRST_CHAPTER = tellChapter\([\s\S]*?\n\);/, source);
    replaceIn(join(folder, 'text.ts'), /import \{ FIRST_CHAPTER \} from/, `import { ${list} } from`);
    replaceIn(join(folder, 'text.ts'), /chapters: \[FIRST_CHAPTER\]/, `chapters: [${list}]`);
    replaceIn(join(folder, 'page.ts'), /shareStep: '[^']*'/, `shareStep: 'landing-${Math.min(count, perChapter)}'`);
  } catch (error) {
    remove();
    throw error;
  }
  return { name, config, out, reportsDir: join(folder, 'reports'), removeSources, remove };
}

/** Runs a command in the project, quietly unless it fails. */
function run(label, command, args) {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (status !== 0) throw new Error(`${label} failed:\n${stdout}\n${stderr}`);
}

/** Writes, builds and prerenders a story of `count` steps, then removes its sources: its build stays in `out`. */
export function buildStepsStory(count, options) {
  const story = writeStepsStory(count, options);
  try {
    run(`The story of ${count} steps' build`, 'npx', ['vite', 'build', '-c', story.config, '--logLevel', 'warn']);
    run(`The story of ${count} steps' prerender`, 'node', ['scripts/prerender.mjs', '--dist', story.out, '--reports', story.reportsDir]);
  } catch (error) {
    story.remove();
    throw error;
  } finally {
    story.removeSources();
  }
  return story;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [steps = LONG_STORY.steps, perChapter = LONG_STORY.perChapter] = process.argv.slice(2).map(Number);
  const story = buildStepsStory(steps, { perChapter });
  console.log(`Built a story of ${steps} steps in chapters of ${perChapter} into ${story.out}`);
}
