// The byte budget of the production build that `npm test` has just made (gzipped, 1 KB = 1000 bytes).
// It reads dist/ rather than a page, so it runs once, in the desktop project. Every byte is time a
// reader on a slow connection waits: for the story to answer its keys and controls, for the scenes
// to move, for the first words in their own faces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../../../../tests/helpers/test.ts';
import { isDesktop } from '../../../../tests/helpers/projects.ts';
import * as fontkit from 'fontkit';
import { editionsOf, inlineStyles, measureBuild, measureEditions } from '../../../../scripts/bundle-bytes.mjs';
import type { Story } from '../../../kit/content/types.ts';
import { STORY_FR } from '../story.fr.ts';
import { STORY } from '../story.ts';
import { fontsourceFile } from '../../../../scripts/subsetFonts.ts';

const DIST = join(import.meta.dirname, '..', '..', '..', '..', 'dist');
const KB = 1000;

/** The text of the prerendered pages' bodies (every edition's), as a reader without JavaScript gets it. */
function prerenderedText(): string {
  const html = editionsOf(DIST)
    .map(({ page }) => readFileSync(join(DIST, page), 'utf8'))
    .join('');
  const body = html.replace(/<head>[\s\S]*?<\/head>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test.describe('the byte budget', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isDesktop(testInfo), 'reads the build, not a page: once is enough');
  });

  // Each edition is its own page: each is held to the budget with the chunks it loads, never another edition's words.
  for (const { lang } of editionsOf(DIST)) {
    // Until it has arrived and run, the step keys, the step buttons and the reader's controls do nothing.
    test(`keeps the JavaScript loaded before the story hydrates within 95 KB (${lang})`, () => {
      const bytes = measureBuild(DIST, lang);
      expect(bytes.firstLoadJs, `first-load chunks: ${bytes.firstLoadFiles.join(', ')}`).toBeLessThanOrEqual(95 * KB);
    });

    // The entry waits for the first paint before it asks for React and the app (src/kit/startup/
    // startStory.ts). A chunk it also imports statically is fetched and compiled while the page is still
    // parsed, competing with the words on a slow phone: the lede's paint waited for 23 KB of app.
    test(`fetches nothing of what it loads after the first paint before it (${lang})`, () => {
      const bytes = measureBuild(DIST, lang);
      expect(bytes.afterPaintFiles.length).toBeGreaterThan(0);
      expect(bytes.beforePaintFiles.filter((file) => bytes.afterPaintFiles.includes(file))).toEqual([]);
    });

    // Until the scenes' code and framer-motion's animate are in, the pictures stand still.
    test(`keeps all JavaScript within 130 KB, scenes and motion included (${lang})`, () => {
      const bytes = measureBuild(DIST, lang);
      expect(bytes.firstSceneJs).toBeLessThanOrEqual(bytes.allJs);
      // The first scene's own chunks are counted (its module is named by the story's build).
      expect(bytes.firstSceneJs).toBeGreaterThan(bytes.firstLoadJs);
      expect(bytes.allJs).toBeLessThanOrEqual(130 * KB);
    });
  }

  // The French page loads no English words and the English page no French: each chunk any page can
  // load holds that page's own words, and none of another edition's.
  test('gives each edition’s page its own words only', () => {
    const editions = measureEditions(DIST);
    expect(editions.map(({ lang }) => lang)).toEqual([STORY, STORY_FR].map((story) => story.meta.lang));
    const wordsOf = (story: Story) => [story.meta.dek, ...story.chapters.flatMap((chapter) => chapter.steps.map((step) => step.body[0] ?? '')), ...story.claims.map((claim) => claim.statement)];
    for (const edition of editions) {
      const loaded = readdirSync(join(DIST, 'assets')).map((name) => `assets/${name}`).filter((file) => file.endsWith('.js') && !edition.otherEditionsFiles.includes(file));
      // The bundler writes a no-break space as an escape ("\xA0"): both sides read it as a space.
      const text = loaded.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n').replace(/\\xA0|\\u00A0|\u00a0/gi, ' ');
      for (const story of [STORY, STORY_FR]) {
        const found = wordsOf(story).filter((words) => text.includes(words.replace(/\u00a0/g, ' ')));
        if (story.meta.lang === edition.lang) expect(found.length, `the ${edition.lang} page's chunks should hold its words`).toBe(wordsOf(story).length);
        else expect(found, `the ${edition.lang} page can load ${story.meta.lang} words`).toEqual([]);
      }
    }
  });

  // The stylesheet is inlined in the page: the first words wait for every byte of it.
  test('keeps CSS within 15 KB, in every edition', () => {
    for (const bytes of measureEditions(DIST)) expect(bytes.css, bytes.lang).toBeLessThanOrEqual(15 * KB);
  });

  // So the text never waits for a face, never shifts when one arrives, and is laid out once.
  test('ships only woff2 fonts, and preloads every face, each with font-display: optional', () => {
    const bytes = measureBuild(DIST);
    expect(bytes.fontFiles.length).toBeGreaterThan(0);
    expect(bytes.fontFiles.filter((name) => !name.endsWith('.woff2'))).toEqual([]);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="preload" href="\/([^"]+)" as="font" type="font\/woff2" crossorigin/g)].map(([, href]) => href);
    // A face left out would be found by the first layout, arrive after it, and lay its text out again.
    expect([...preloaded].sort()).toEqual([...bytes.fontFiles].sort());
    const faces = inlineStyles(DIST).join('').match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(bytes.fontFiles.length);
    for (const face of faces) expect(face).toContain('font-display:optional');
  });

  // Small enough to arrive before the first paint (with font-display: optional a late face is not
  // used at all), and no character of the page falls back to another face.
  test('cuts each font to the story’s characters, losing none that Fontsource’s file has', () => {
    const codePoints = [...new Set(prerenderedText())].map((character) => character.codePointAt(0) ?? 0);
    expect(codePoints.length).toBeGreaterThan(60);
    for (const file of measureBuild(DIST).fontFiles) {
      // Vite names a file <name>-<8-character hash>.woff2.
      const name = file.match(/^assets\/(.+)-[\w-]{8}\.woff2$/)?.[1];
      if (!name) throw new Error(`Unexpected font file name ${file}`);
      const subset = fontkit.create(readFileSync(join(DIST, file)));
      const original = fontkit.openSync(fontsourceFile(name));
      const lost = codePoints.filter((code) => original.hasGlyphForCodePoint(code) && !subset.hasGlyphForCodePoint(code));
      expect(lost.map((code) => String.fromCodePoint(code)), `${name} lost characters the page shows`).toEqual([]);
      expect(subset.characterSet.length, `${name} should keep well under Fontsource’s ${original.characterSet.length} characters`).toBeLessThan(
        original.characterSet.length * 0.6,
      );
    }
  });
});
