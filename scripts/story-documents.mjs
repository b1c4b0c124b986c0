// A story's words live in ArchieML documents (*.aml), one per chapter and edition, that a reporter
// edits like any text. This turns each into TypeScript modules beside it, ignored by git (the words a
// page loads first, the evidence it loads later, the page's head: MODULES), each typed from the
// document's own words (`as const`), so the story's code imports plain typed data,
// a step or claim a document leaves out is a type error where the story tells it, and no reader's
// browser parses a document. ArchieML skips any line that is not a key, a list item or a command, so a
// mistyped key would lose words without a warning: this stops on such a line and names file and line.
// Plain Node, so that install, the dev server, the build and the tests can all run it first.
//   node scripts/story-documents.mjs [--keep-going]   (npm run documents; install, dev, build and test run it)
//   writeDocuments()   → { problems: ['src/…/words.en.aml:12: this line is read as no key…'], written: [] }
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import archieml from 'archieml';
import { CHAPTER_LIST_KEY, chapterJoins } from './chapter-joins.mjs';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['src', 'tests'];

/**
 * Which module each of a document's parts goes to, by when it is needed: the words a page shows first
 * (*.aml.ts, `WORDS`), the evidence it loads after them (*.aml.evidence.ts, `EVIDENCE_WORDS`), and the
 * page's head, which only the build reads (*.aml.page.ts, `PAGE_WORDS`), so it ships to no reader.
 */
export const MODULES = [
  { suffix: '.evidence.ts', name: 'EVIDENCE_WORDS', keys: ['claims', 'discrepancies', 'posts', 'excerpts', 'translations'] },
  { suffix: '.page.ts', name: 'PAGE_WORDS', keys: ['page'] },
  { suffix: '.ts', name: 'WORDS' },
];

const KEY = /^\s*([A-Za-z0-9_.-]+)[ \t\r]*:(.*)$/;
const PART = /^\s*[{[]\s*([A-Za-z0-9_.+-]*)\s*[}\]]/;
const ITEM = /^\s*\*(.*)$/;
const COMMAND = /^\s*:(endskip|end|ignore|skip)(?![A-Za-z])/i;

/**
 * Reads one document: its data as ArchieML reads it, the line each value or part sits on, and, as
 * `file:line: …`, every line ArchieML would drop without a word: text that is no key, a key inside a
 * list of paragraphs, a paragraph outside a list or inside a list of parts, a key given twice in a part.
 */
export function readDocument(file, text) {
  const lines = [];
  const problems = [];
  const lose = (line, why) => problems.push(`${file}:${line}: ${why}`);
  // Lines after a key that only an `:end` makes part of its value; lost if another key comes first.
  let pending = [];
  let isSkipping = false;
  // The part a key is set in ({steps.rescue-street}), the line each of its keys is on, and the list open in it.
  let scope = '';
  const keysByScope = new Map([['', new Map()]]);
  let list;
  const loseStrayLines = () => {
    for (const line of pending) lose(line, 'this line is read as no key, so its words would be lost: start it with a key and a colon, end the value above it with :end, or put it between :skip and :endskip');
    pending = [];
  };
  const readKey = (line, key) => {
    if (list?.kind === 'paragraphs') return lose(line, `"${key}:" inside a list of paragraphs is dropped: start the line with * to make it a paragraph, or close the list with [] above it`);
    if (list) {
      list.kind ??= 'parts';
      list.firstKey ??= key;
      // The list's first key again starts its next part.
      if (key === list.firstKey) list.keys = new Map();
    }
    const keys = list ? list.keys : keysByScope.get(scope);
    if (keys.has(key)) lose(line, `"${key}" is given twice in {${list ? list.name : scope}}: the words on line ${keys.get(key)} would be lost`);
    keys.set(key, line);
  };
  const readItem = (line) => {
    if (!list) return lose(line, 'a * paragraph outside a list is dropped: open the list with [.name] above it');
    if (list.kind === 'parts') return lose(line, 'a * paragraph inside a list of parts (keys) is dropped');
    list.kind = 'paragraphs';
  };
  for (const [index, content] of text.split('\n').entries()) {
    const line = index + 1;
    const command = COMMAND.exec(content)?.[1]?.toLowerCase();
    if (isSkipping) {
      if (command === 'endskip') isSkipping = false;
      continue;
    }
    // ArchieML reads nothing after :ignore.
    if (command === 'ignore') break;
    if (command === 'skip') isSkipping = true;
    if (command === 'end') pending = [];
    if (command) continue;
    const key = KEY.exec(content);
    const part = PART.exec(content);
    const item = ITEM.exec(content);
    if (key || part || item) loseStrayLines();
    if (key) {
      readKey(line, key[1]);
      lines.push({ line, key: key[1], value: key[2].trim() });
    } else if (part) {
      const name = part[1];
      if (content.trim().startsWith('{')) {
        scope = name;
        list = undefined;
        if (!keysByScope.has(scope)) keysByScope.set(scope, new Map());
      } else list = name === '' ? undefined : { name, keys: new Map() };
      lines.push({ line, key: name });
    } else if (item) {
      readItem(line);
      lines.push({ line, value: item[1].trim() });
    } else if (content.trim() !== '') pending.push(line);
  }
  loseStrayLines();
  return { file, data: archieml.load(text), lines, problems };
}

/** The document's parts, split into its modules' words (undefined for a module with none). */
export function splitByModule(data) {
  const entries = Object.entries(data);
  const moduleOf = (key) => MODULES.find((module) => !module.keys || module.keys.includes(key));
  return MODULES.map((module) => {
    const words = entries.filter(([key]) => moduleOf(key) === module);
    return { ...module, words: words.length > 0 ? Object.fromEntries(words) : undefined };
  });
}

/** Reads the documents at `paths` (absolute), each named from the project's root. */
export function readDocuments(paths) {
  return paths.map((path) => readDocument(relative(ROOT, path), readFileSync(path, 'utf8')));
}

/** Every document under `folder`, as absolute paths. */
export function findDocuments(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (entry === 'node_modules') return [];
    if (statSync(path).isDirectory()) return findDocuments(path);
    return entry.endsWith('.aml') ? [path] : [];
  });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The words as a TypeScript literal, keys bare where they may be, as they would be written by hand (and as small once minified). */
function literal(value, indent = '') {
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${literal(item, inner)},\n`).join('')}${indent}]`;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${literal(item, inner)},\n`);
  return `{\n${entries.join('')}${indent}}`;
}

const moduleText = (document, name, words) =>
  words && `// Written from ${basename(document)} by scripts/story-documents.mjs: edit the document, not this file.\nexport const ${name} = ${literal(words)} as const;\n`;

/** Writes `text` to `path` only when it differs, so the dev server reloads only what a writer touched; removes it when there is none. True when it wrote or removed. */
function writeIfChanged(path, text) {
  if (text === undefined) {
    if (!existsSync(path)) return false;
    rmSync(path);
    return true;
  }
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/**
 * Writes the modules of the documents given (every one under src/ and tests/ when none are), and the
 * joins of a story's chapter list (chapter-joins.mjs). Returns every problem found, and the modules it
 * wrote: a document with a problem keeps its last modules.
 */
export function writeDocuments(documents = FOLDERS.flatMap((folder) => findDocuments(join(ROOT, folder)))) {
  const problems = [];
  const written = [];
  const read = readDocuments(documents);
  // A chapter list's joins read its chapters' documents: those given are read already, once.
  const byPath = new Map(read.map((document) => [join(ROOT, document.file), document]));
  const readChapterDocument = (path) => byPath.get(path) ?? readDocuments([path])[0];
  for (const document of read) {
    const path = join(ROOT, document.file);
    problems.push(...document.problems);
    if (document.problems.length > 0) continue;
    if (CHAPTER_LIST_KEY in document.data) {
      const joins = chapterJoins(document, ROOT, readChapterDocument);
      problems.push(...joins.problems);
      for (const module of joins.modules) if (writeIfChanged(module.path, module.text)) written.push(module.path);
      continue;
    }
    for (const { suffix, name, words } of splitByModule(document.data)) {
      if (writeIfChanged(`${path}${suffix}`, moduleText(path, name, words))) written.push(`${path}${suffix}`);
    }
  }
  return { problems, written };
}

if (process.argv[1] === import.meta.filename) {
  const { problems } = writeDocuments();
  if (problems.length > 0) {
    console.error(`The story's documents have ${problems.length} problem(s):\n${problems.join('\n')}`);
    // The dev server starts all the same, and shows them in its overlay until they are fixed.
    if (!process.argv.includes('--keep-going')) process.exit(1);
  }
}
