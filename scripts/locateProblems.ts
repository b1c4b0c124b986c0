// Where a content problem is written: the checks read the story as data, so their messages name ids
// and words, not files; this finds the line of the story's documents (or, for what is not words, its
// code) that holds them, so the build and the dev server's overlay say `file:line: problem`.
//   locateProblems(['Quote "thank-god-saved" is not verbatim in 002.txt: Thank God I rescued him'], 'src/stories/four-floors', 'en')
//   → ['src/stories/four-floors/chapters/rescue/excerpts.aml:63: Quote "thank-god-saved" is not verbatim in …']
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHAPTER_LIST_KEY } from './chapter-joins.mjs';
import { readDocument } from './story-documents.mjs';

interface SourceLine {
  file: string;
  line: number;
  /** The words a document's line gives, or a line of code as written. */
  words: string;
  /** The part or key a document's line opens or sets (`steps.rescue-street`), for finding an id. */
  key?: string;
  isDocument: boolean;
}

const ROOT = join(import.meta.dirname, '..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return entry === 'tests' || entry === 'node_modules' ? [] : filesUnder(path);
    // Not the modules written from the documents (*.aml.ts, *.aml.<part>.ts): the documents are searched.
    return /\.aml$|\.tsx?$/.test(entry) && !/\.aml\..*ts$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every line of the story's documents and code that a problem could point to. */
function sourceLinesOf(storyDir: string): SourceLine[] {
  return filesUnder(storyDir).flatMap((path): SourceLine[] => {
    const file = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('.aml')) {
      const document = readDocument(file, text);
      // The chapter list names chapters, not words: its own problems carry its file and line.
      if (CHAPTER_LIST_KEY in document.data) return [];
      return document.lines.map(({ line, key, value }) => ({ file, line, words: value ?? '', key, isDocument: true }));
    }
    return text.split('\n').map((words, index) => ({ file, line: index + 1, words: words.replaceAll("\\'", "'"), isDocument: false }));
  });
}

/** The words a message quotes: after its last colon, between curly quotes, between straight ones. */
function fragmentsOf(message: string): { words: string[]; ids: string[] } {
  const tail = message.slice(message.lastIndexOf(': ') + 2);
  const curly = [...message.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
  const ids = [...message.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
  return { words: [...curly, tail].filter((words) => words.length >= 6), ids };
}

function locate(message: string, lines: readonly SourceLine[], lang: string): SourceLine | undefined {
  const { words, ids } = fragmentsOf(message);
  const isEditions = (line: SourceLine) => line.isDocument && line.file.includes(`.${lang}.aml`);
  // Words are looked for in the edition's documents first, then in the others (excerpts), then in the code;
  // an id in the edition's documents, then in the code (a plan), and only then in another edition's.
  const wordsOrder = [...lines.filter(isEditions), ...lines.filter((line) => line.isDocument && !isEditions(line)), ...lines.filter((line) => !line.isDocument)];
  const idsOrder = [...lines.filter(isEditions), ...lines.filter((line) => !line.isDocument), ...lines.filter((line) => line.isDocument && !isEditions(line))];
  // The line that gives exactly the words, then one that holds them, then one they hold.
  const matches: ((line: SourceLine, fragment: string) => boolean)[] = [
    (line, fragment) => line.words === fragment,
    (line, fragment) => line.words.includes(fragment),
    (line, fragment) => line.isDocument && fragment.includes(line.words),
  ];
  for (const fragment of words) {
    for (const match of matches) {
      const found = wordsOrder.find((line) => line.words.length >= 6 && match(line, fragment));
      if (found) return found;
    }
  }
  for (const id of ids) {
    const found = idsOrder.find((line) => (line.key !== undefined && (line.key === id || line.key.endsWith(`.${id}`))) || (!line.isDocument && line.words.includes(`'${id}'`)));
    if (found) return found;
  }
  return undefined;
}

/** Each problem prefixed with the file and line it is written on, where one is found. */
export function locateProblems(problems: readonly string[], storyDir: string, lang: string): string[] {
  // A story with no problem is the build's every run: it reads none of its files for this.
  if (problems.length === 0) return [];
  const lines = sourceLinesOf(storyDir);
  return problems.map((problem) => {
    const at = locate(problem, lines, lang);
    return at ? `${at.file}:${at.line}: ${problem}` : problem;
  });
}
