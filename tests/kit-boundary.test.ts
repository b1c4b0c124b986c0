// The kit is an engine that knows no story: nothing in src/kit imports from src/stories, and no kit
// component writes a word a reader sees (every label comes from the story's data), so a second story
// or an edition in another language is a change of data, not of the kit.
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

describe('the kit', () => {
  it('has modules to check', () => {
    expect(kitFiles.length).toBeGreaterThan(40);
  });

  it('imports nothing from a story', () => {
    const crossings = kitFiles.flatMap((file) => importsOf(file).filter((target) => target.startsWith(join('src', 'stories'))).map((target) => `${relative(ROOT, file)} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it('writes no word a reader sees in its components', () => {
    const written = kitFiles.filter((file) => file.endsWith('.tsx')).flatMap((file) => wordsWritten(file).map((words) => `${relative(ROOT, file)}: ${words}`));
    expect(written).toEqual([]);
  });
});
