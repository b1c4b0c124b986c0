// The kit is an engine that knows no story: nothing in src/kit imports from src/stories, no kit
// component writes a word a reader sees (every label comes from the story's data), and no string in
// the kit, the build's scripts or the shared configs names a story (its folder, a chapter), so a
// second story or an edition in another language is a change of data, not of the kit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const KIT = join(ROOT, 'src', 'kit');

const kitFiles = readdirSync(KIT, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(tsx?|css)$/.test(name))
  .map((name) => join(KIT, name));

/** Every relative module a file imports, resolved from the repository's root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+|@import\s+)['"](\.[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(ROOT, resolve(dirname(file), specifier)));
}

/** Attributes whose words a reader, or a screen reader, meets. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);

/** Words in a component's JSX text, or in a string literal given to an attribute a reader meets. */
function wordsWritten(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const words: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) words.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      words.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return words;
}

/** What names a story: its folder's name and its chapters' (each chapter's folder is its id). */
function storyNames(): string[] {
  const stories = readdirSync(join(ROOT, 'src', 'stories'));
  return stories.flatMap((story) => [story, ...readdirSync(join(ROOT, 'src', 'stories', story, 'chapters'))]);
}

/** The build's scripts and the configs every story shares (vite.config.ts is the published story's own). */
const toolFiles = [
  ...readdirSync(join(ROOT, 'scripts'))
    .filter((name) => /\.(m?js|ts|mts)$/.test(name))
    .map((name) => join(ROOT, 'scripts', name)),
  join(ROOT, 'vite.embed.config.ts'),
  join(ROOT, 'playwright.config.ts'),
];

/** Every string literal in a module (template parts included) that names one of `names`. */
function namingLiterals(file: string, names: readonly string[]): string[] {
  const naming = new RegExp(`(^|[^\\p{L}\\p{N}])(${names.join('|')})($|[^\\p{L}\\p{N}])`, 'iu');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const isLiteral = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (isLiteral && naming.test(node.text)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the kit', () => {
  it('has modules to check', () => {
    expect(kitFiles.length).toBeGreaterThan(40);
  });

  it('imports nothing from a story', () => {
    const crossings = kitFiles.flatMap((file) => importsOf(file).filter((target) => target.startsWith(join('src', 'stories'))).map((target) => `${relative(ROOT, file)} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it('names no story in its strings, nor do the build\'s scripts and shared configs', () => {
    const names = storyNames();
    expect(names).toContain('rescue');
    const scripts = [...kitFiles.filter((file) => !file.endsWith('.css')), ...toolFiles];
    const named = scripts.flatMap((file) => namingLiterals(file, names).map((text) => `${relative(ROOT, file)}: "${text}"`));
    // CSS has no string literals to parse: a selector naming a story's scene or chapter is read whole.
    const styled = kitFiles.filter((file) => file.endsWith('.css')).filter((file) => new RegExp(`(${names.join('|')})`, 'i').test(readFileSync(file, 'utf8')));
    expect([...named, ...styled.map((file) => relative(ROOT, file))]).toEqual([]);
  });

  it('writes no word a reader sees in its components', () => {
    const written = kitFiles.filter((file) => file.endsWith('.tsx')).flatMap((file) => wordsWritten(file).map((words) => `${relative(ROOT, file)}: ${words}`));
    expect(written).toEqual([]);
  });
});
