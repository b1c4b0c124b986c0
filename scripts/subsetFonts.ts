// Cuts each self-hosted font down to the characters the story can show, before Vite bundles it.
// fonts.css names its files `@subset-fonts/<Fontsource file>.woff2`; this plugin writes those files
// (from the Fontsource packages) into a cache folder that the alias points at.
//   plugins: [subsetFonts()], resolve: { alias: { '@subset-fonts': SUBSET_FONTS_DIR } }
// Why: Fontsource's Latin files carry every Latin-1 letter, symbol and OpenType feature; the story
// uses about a hundred characters, and half the font bytes were glyphs no reader would see. On a
// slow phone those bytes compete with the page's own text for the first paint.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const ROOT = join(import.meta.dirname, '..');
export const SUBSET_FONTS_DIR = join(ROOT, 'node_modules', '.cache', 'subset-fonts');
const SRC = join(ROOT, 'src');
const FONTS_CSS = join(SRC, 'kit', 'styles', 'fonts.css');

/** Everything a reader can see comes from these: content data, components, CSS `content`, the page shell. */
function textSources(): string[] {
  const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(tsx?|css)$/.test(name));
  return [...sourceFiles.map((name) => join(SRC, name)), join(ROOT, 'index.html')];
}

/**
 * Printable ASCII (URLs, code and numbers can hold any of it) and every other character written
 * anywhere in the story's sources: a quote or label added later brings its accents with it.
 */
function storyCharacters(): string {
  const characters = new Set<string>();
  for (let code = 0x20; code <= 0x7e; code += 1) characters.add(String.fromCharCode(code));
  for (const file of textSources()) {
    for (const character of readFileSync(file, 'utf8')) {
      if (character.codePointAt(0)! > 0x7e) characters.add(character);
    }
  }
  return [...characters].sort().join('');
}

/** The Fontsource files fonts.css asks for, e.g. `inter-latin-400-normal`. */
function subsetFontNames(): string[] {
  return [...readFileSync(FONTS_CSS, 'utf8').matchAll(/@subset-fonts\/([a-z0-9-]+)\.woff2/g)].map(([, name]) => name!);
}

/** `source-serif-4-latin-400-normal` is in @fontsource/source-serif-4. */
export function fontsourceFile(name: string): string {
  const family = name.slice(0, name.indexOf('-latin'));
  return join(ROOT, 'node_modules', '@fontsource', family, 'files', `${name}.woff2`);
}

async function writeSubsets(): Promise<void> {
  const characters = storyCharacters();
  mkdirSync(SUBSET_FONTS_DIR, { recursive: true });
  const stamp = join(SUBSET_FONTS_DIR, 'characters.txt');
  const names = subsetFontNames();
  const upToDate =
    existsSync(stamp) && readFileSync(stamp, 'utf8') === characters && names.every((name) => existsSync(join(SUBSET_FONTS_DIR, `${name}.woff2`)));
  if (upToDate) return;
  await Promise.all(
    names.map(async (name) => {
      const subset = await subsetFont(readFileSync(fontsourceFile(name)), characters, { targetFormat: 'woff2' });
      writeFileSync(join(SUBSET_FONTS_DIR, `${name}.woff2`), subset);
    }),
  );
  writeFileSync(stamp, characters);
}

export function subsetFonts(): Plugin {
  return {
    name: 'subset-fonts',
    // Before any CSS is transformed, in the dev server as in the build.
    buildStart: writeSubsets,
  };
}
