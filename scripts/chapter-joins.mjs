// A story's chapter list: one document (chapters.aml, `[chapters]` with one chapter per line, in
// reading order) names the folders of chapters/ the story tells, and this writes the modules that join
// them beside it, ignored by git like every document's modules. So a new chapter is its folder and
// one line in the list: no module of the story's own imports a chapter by name. Each join is split
// by when a page needs it, as the documents' modules are (story-documents.mjs):
//   chapters.aml.plans.ts        the chapters' plans (PLANS), the same in every edition
//   chapters.aml.ts              the quotations as the reports print them (QUOTE_EXCERPTS)
//   chapters.aml.claims.ts       the claims (CLAIMS), loaded with the evidence
//   chapters.aml.evidence.ts     the excerpts the claims cite (EXCERPTS), loaded with the evidence
//   chapters.aml.<lang>.ts       one edition's words for each chapter (CHAPTER_WORDS) and its quotations (QUOTE_WORDS)
//   chapters.aml.<lang>.evidence.ts   its words for the claims (CLAIM_WORDS) and its translations (TRANSLATIONS)
// A chapter's folder holds its plan (plan.ts, `export const PLAN`), its claims if any (claims.ts,
// `export const CLAIMS`), the reports' words it cites (excerpts.aml) and its words in each edition
// (words.<lang>.aml).
//   chapterJoins(listDocument, (path) => readDocument(…))   → { problems: ['…/chapters.aml:4: …'], modules: [{ path, text }] }
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The part of a document that makes it a chapter list. */
export const CHAPTER_LIST_KEY = 'chapters';

const CHAPTER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WORDS_DOCUMENT = /^words\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.aml$/;

/** A chapter id as a constant's name: `first-chapter` → `FIRST_CHAPTER`. */
const constantOf = (id) => id.toUpperCase().replaceAll('-', '_');

/** The parts a chapter's document has, as ArchieML reads it (none when the document is not there). */
function partsOf(readChapterDocument, path) {
  if (!existsSync(path)) return new Set();
  return new Set(Object.keys(readChapterDocument(path).data));
}

/** `{ ...A.quotes, ...B.quotes }` of the chapters given (those that have the part), `{}` for none. */
const spread = (chapters, name, part) => (chapters.length === 0 ? '{}' : `{ ${chapters.map((chapter) => `...${name(chapter)}.${part}`).join(', ')} }`);

const header = (list) => `// Written from ${basename(list)} (the story's chapters, in reading order) by scripts/story-documents.mjs: edit the list or the chapters' folders, not this file.\n`;

/**
 * The joins of the chapter list `document` (as readDocument reads it, its file named from the
 * project's root `root`), and the problems that stop them: a listed chapter with no folder or no plan,
 * a folder of chapters/ the list leaves out, an edition a chapter has no words for.
 * `readChapterDocument(path)` reads a chapter's document (by absolute path).
 */
export function chapterJoins(document, root, readChapterDocument) {
  const listPath = join(root, document.file);
  const storyDir = dirname(listPath);
  const chaptersDir = join(storyDir, 'chapters');
  const problems = [];
  const lineOf = (value) => document.lines.find((line) => line.value === value)?.line ?? document.lines.find((line) => line.key === CHAPTER_LIST_KEY)?.line ?? 1;
  const problem = (line, why) => problems.push(`${document.file}:${line}: ${why}`);
  const ids = document.data[CHAPTER_LIST_KEY];
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
    problem(lineOf(), 'the chapter list names no chapter: list each chapter\'s folder by its name on a line of its own, after a *, between [chapters] and []');
    return { problems, modules: [] };
  }
  for (const id of ids) {
    if (!CHAPTER_ID.test(id)) problem(lineOf(id), `"${id}" is no chapter id: lower-case letters, digits and hyphens, as its folder is named`);
    else if (!existsSync(join(chaptersDir, id, 'plan.ts'))) problem(lineOf(id), `chapter "${id}" has no plan: chapters/${id}/plan.ts (export const PLAN = planChapter({ id: '${id}', … }))`);
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problem(lineOf(id), `chapter "${id}" is listed twice`);
  }
  const folders = existsSync(chaptersDir) ? readdirSync(chaptersDir).filter((entry) => statSync(join(chaptersDir, entry)).isDirectory()) : [];
  for (const folder of folders.filter((entry) => !ids.includes(entry))) problem(lineOf(), `the folder chapters/${folder} is no chapter of the list: add "* ${folder}" where the story tells it, or move the folder out of chapters/`);
  if (problems.length > 0) return { problems, modules: [] };

  const chapters = ids.map((id) => {
    const folder = join(chaptersDir, id);
    const excerpts = partsOf(readChapterDocument, join(folder, 'excerpts.aml'));
    const langs = readdirSync(folder).flatMap((entry) => WORDS_DOCUMENT.exec(entry)?.[1] ?? []);
    const wordsParts = Object.fromEntries(langs.map((lang) => [lang, partsOf(readChapterDocument, join(folder, `words.${lang}.aml`))]));
    return { id, name: constantOf(id), hasClaims: existsSync(join(folder, 'claims.ts')), excerpts, langs, wordsParts };
  });
  const langs = [...new Set(chapters.flatMap((chapter) => chapter.langs))].sort();
  for (const chapter of chapters) {
    for (const lang of langs.filter((lang) => !chapter.langs.includes(lang))) problem(lineOf(chapter.id), `chapter "${chapter.id}" has no words in "${lang}", as the other chapters have: chapters/${chapter.id}/words.${lang}.aml`);
  }
  if (problems.length > 0) return { problems, modules: [] };

  const from = (chapter, file) => `'./chapters/${chapter.id}/${file}'`;
  const withPart = (part, partsOfChapter) => chapters.filter((chapter) => partsOfChapter(chapter).has(part));
  const excerptsWith = (part) => withPart(part, (chapter) => chapter.excerpts);
  const modules = [];
  const add = (suffix, lines) => modules.push({ path: `${listPath}${suffix}`, text: `${header(listPath)}${lines.join('\n')}\n` });

  // Plans and quotations apart, and claims and excerpts apart: a plan reads the story's ids, which
  // read the quotations, and a claim reads the excerpts' ids, so one module of both would be a loop.
  add('.plans.ts', [
    ...chapters.map((chapter) => `import { PLAN as ${chapter.name} } from ${from(chapter, 'plan.ts')};`),
    '',
    '/** The chapters, in reading order. */',
    `export const CHAPTER_IDS = [${chapters.map((chapter) => `'${chapter.id}'`).join(', ')}] as const;`,
    '/** Their plans, in the same order. */',
    `export const PLANS = [${chapters.map((chapter) => chapter.name).join(', ')}] as const;`,
  ]);
  const quoting = excerptsWith('quotes');
  add('.ts', [
    ...quoting.map((chapter) => `import { WORDS as ${chapter.name} } from ${from(chapter, 'excerpts.aml.ts')};`),
    '',
    '/** Every quotation the chapters\' excerpts.aml write, by id. */',
    `export const QUOTE_EXCERPTS = ${spread(quoting, (chapter) => chapter.name, 'quotes')};`,
  ]);
  const claiming = chapters.filter((chapter) => chapter.hasClaims);
  add('.claims.ts', [
    ...claiming.map((chapter) => `import { CLAIMS as ${chapter.name} } from ${from(chapter, 'claims.ts')};`),
    '',
    '/** Every chapter\'s claims, in reading order. */',
    `export const CLAIMS = [${claiming.map((chapter) => `...${chapter.name}`).join(', ')}] as const;`,
  ]);
  const citing = excerptsWith('excerpts');
  add('.evidence.ts', [
    ...citing.map((chapter) => `import { EVIDENCE_WORDS as ${chapter.name} } from ${from(chapter, 'excerpts.aml.evidence.ts')};`),
    '',
    '/** Every excerpt the chapters\' excerpts.aml write for claims and readings to cite, by id. */',
    `export const EXCERPTS = ${spread(citing, (chapter) => chapter.name, 'excerpts')};`,
  ]);

  for (const lang of langs) {
    const document = `words.${lang}.aml`;
    add(`.${lang}.ts`, [
      ...chapters.map((chapter) => `import { WORDS as ${chapter.name} } from ${from(chapter, `${document}.ts`)};`),
      '',
      `/** Each chapter's words in this edition (${lang}), in reading order, as its plan is in PLANS. */`,
      `export const CHAPTER_WORDS = [${chapters.map((chapter) => chapter.name).join(', ')}] as const;`,
      '/** Who said each quotation, and our translations of them, by id. */',
      `export const QUOTE_WORDS = ${spread(withPart('quotes', (chapter) => chapter.wordsParts[lang]), (chapter) => chapter.name, 'quotes')};`,
    ]);
    const evidence = chapters.filter((chapter) => chapter.wordsParts[lang].has('claims') || chapter.wordsParts[lang].has('translations'));
    add(`.${lang}.evidence.ts`, [
      ...evidence.map((chapter) => `import { EVIDENCE_WORDS as ${chapter.name} } from ${from(chapter, `${document}.evidence.ts`)};`),
      '',
      `/** Our statement of each claim in this edition (${lang}), by id. */`,
      `export const CLAIM_WORDS = ${spread(withPart('claims', (chapter) => chapter.wordsParts[lang]), (chapter) => chapter.name, 'claims')};`,
      '/** Our translations of the excerpts the claims cite, by excerpt id. */',
      `export const TRANSLATIONS = ${spread(withPart('translations', (chapter) => chapter.wordsParts[lang]), (chapter) => chapter.name, 'translations')};`,
    ]);
  }
  return { problems, modules };
}
