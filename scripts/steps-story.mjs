// A story of any number of steps, generated from the kit's new-story template: the template's story
// with its one chapter (chapters/first-chapter/) replaced by chapters of six steps each (as the published story's run) or of
// the number given, each a folder as a writer makes one (plan.ts, words.en.aml) and a line of the chapter list, every step with its own words and picture, resting on the template's claims and
// quotes so the build's content checks all run over it. The cost-per-step bench (bench-steps.mjs)
// measures stories of 24 to 200 steps; the browser tests read one of many short chapters
// (tests/long-story.spec.ts), which `npm test` builds with the command below.
//   const story = buildStepsStory(200);          // built into story.out; story.remove() removes that too
//   node scripts/steps-story.mjs 40 2            (40 steps in chapters of 2, built into LONG_STORY_DIST)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeStory } from './new-story.mjs';
import { findDocuments, writeDocuments } from './story-documents.mjs';

const ROOT = join(import.meta.dirname, '..');
const STEPS_PER_CHAPTER = 6;
/** The story the browser tests read: more chapters than a phone's bar has room for. */
export const LONG_STORY = { steps: 40, perChapter: 2 };

/** The generated story's name, and so its folder, config and output folder's. */
const storyName = (count, perChapter) => (perChapter === STEPS_PER_CHAPTER ? `steps-${count}` : `steps-${count}-by-${perChapter}`);
/** Where a generated story is built (ignored by git, never dist/). */
const outFolder = (name) => join('node_modules', '.cache', 'stories', name);
export const LONG_STORY_DIST = join(ROOT, outFolder(storyName(LONG_STORY.steps, LONG_STORY.perChapter)));

/** The generated story's step `index` (1-based) of `count`: its plan, as TypeScript source, and its words, as a document's part. */
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
  const body = [
    `The keeper climbs on: this is landing ${index} of ${count}, and the lamp room is ${isLit ? 'reached' : 'still above him'}.`,
    isLit ? 'Placeholder report one says he lit the lamp at seven; placeholder report two says eight.' : 'Both placeholder reports say he went into the tower at dusk.',
  ];
  const words = [
    `{steps.${id}}`,
    `kicker: ${isLit ? `Lit, at landing ${index}` : `Landing ${index}`}`,
    '[.body]',
    ...body.map((paragraph) => `* ${paragraph}`),
    '[]',
    `alt: ${isLit ? `The lamp lit at the top of the tower, landing ${index}.` : `The keeper on landing ${index} of the tower.`}`,
    '{}',
  ].join('\n');
  return { plan: `    ${JSON.stringify(plan)},`, words };
}

/** The chapters holding `count` steps, each a folder as a writer makes one (its plan.ts and words.en.aml), by id. */
function chapterFolders(count, perChapter) {
  const chapters = [];
  for (let first = 1; first <= count; first += perChapter) {
    const number = chapters.length + 1;
    const steps = [];
    for (let index = first; index < first + perChapter && index <= count; index += 1) steps.push(stepSource(index, count, perChapter));
    const plan = `import { planChapter } from '../../ids.ts';
import { LAMP_SCENE } from '../../scenes/lamp/scene.ts';

export const PLAN = planChapter({
  id: 'chapter-${number}',
  scene: LAMP_SCENE,
  steps: [
${steps.map((step) => step.plan).join('\n')}
  ],
});
`;
    const words = [`title: Part ${number} of the climb`, 'dek: The keeper climbs the tower, landing by landing.', 'caption: A drawing of ours.', '', '{sceneWords}', 'keeper: keeper', '{}', '', ...steps.map((step) => `${step.words}\n`)].join('\n');
    chapters.push({ id: `chapter-${number}`, plan, words });
  }
  return chapters;
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
    // The template's chapter goes; the story's chapters are folders of their own, in its chapter list.
    rmSync(join(ROOT, folder, 'chapters', 'first-chapter'), { recursive: true, force: true });
    const chapters = chapterFolders(count, perChapter);
    for (const chapter of chapters) {
      mkdirSync(join(ROOT, folder, 'chapters', chapter.id));
      writeFileSync(join(ROOT, folder, 'chapters', chapter.id, 'plan.ts'), chapter.plan);
      writeFileSync(join(ROOT, folder, 'chapters', chapter.id, 'words.en.aml'), chapter.words);
    }
    replaceIn(join(folder, 'chapters.aml'), /\* first-chapter\n/, chapters.map((chapter) => `* ${chapter.id}\n`).join(''));
    const { problems } = writeDocuments(findDocuments(join(ROOT, folder)));
    if (problems.length > 0) throw new Error(`The story of ${count} steps' documents have problems:\n${problems.join('\n')}`);
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
