// Makes a new story from the kit's template (src/kit/template/): one chapter, one edition, two
// placeholder reports marked as such, in src/stories/<name>/, and its build config at the top level,
// vite.<name>.config.ts, which builds it into node_modules/.cache/stories/<name>/ (ignored by git).
// It touches no file of another story. What it writes passes every content check, builds and opens
// in the dev server as it is; then the words, the drawing and the reports are the story's to replace.
//   npm run new-story -- harbour-lamp ["The harbour lamp"]
//   makeStory({ name: 'harbour-lamp', title: 'The harbour lamp' })   (scripts/test-new-story.mjs)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findDocuments, writeDocuments } from './story-documents.mjs';

const ROOT = join(import.meta.dirname, '..');
const TEMPLATE = join(ROOT, 'src', 'kit', 'template');
/** A folder name that is also a safe id: lower-case words joined by hyphens. */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Every template file under `folder`, as paths relative to the template. */
function templateFiles(folder = TEMPLATE) {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : [relative(TEMPLATE, path)];
  });
}

/**
 * Writes the story `name` into the project and returns the paths written, relative to it. Throws,
 * writing nothing, on a bad name or a story or config that already exists.
 */
export function makeStory({ name, title = name, date = new Date().toISOString().slice(0, 10) }) {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a story name: use lower-case letters, digits and single hyphens, as in a web address`);
  const folder = join('src', 'stories', name);
  const config = `vite.${name}.config.ts`;
  for (const path of [folder, config]) {
    if (existsSync(join(ROOT, path))) throw new Error(`${path} already exists: a new story needs a name of its own`);
  }
  const fill = (text) => text.replaceAll('__STORY__', name).replaceAll('__TITLE__', title.replaceAll("'", '’')).replaceAll('__DATE__', date);
  const written = templateFiles().map((file) => {
    const target = file === 'vite.config.ts.tmpl' ? config : join(folder, file.replace(/\.tmpl$/, ''));
    mkdirSync(dirname(join(ROOT, target)), { recursive: true });
    writeFileSync(join(ROOT, target), fill(readFileSync(join(TEMPLATE, file), 'utf8')));
    return target;
  });
  // Its documents' modules, so that the type check, the dev server and the build can read it at once.
  const { problems } = writeDocuments(findDocuments(join(ROOT, folder)));
  if (problems.length > 0) throw new Error(`The template's documents have problems:\n${problems.join('\n')}`);
  return written.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [name, title] = positionals;
  if (!name) {
    console.error('Usage: npm run new-story -- <name> ["Its title"]');
    process.exit(1);
  }
  const written = makeStory({ name, title });
  console.log(`Made the story "${name}": ${written.length} files.\n  ${written.join('\n  ')}`);
  console.log(`Read it as you write:  npx vite -c vite.${name}.config.ts`);
  console.log(`Build it:              npx vite build -c vite.${name}.config.ts && node scripts/prerender.mjs --dist node_modules/.cache/stories/${name} --reports src/stories/${name}/reports`);
  console.log('Its two reports are placeholders (reports/placeholder-*.txt): replace them, then the words that quote them.');
}
