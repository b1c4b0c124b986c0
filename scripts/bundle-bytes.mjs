// Measures the production build's bytes, gzipped, for the byte-budget test and the benchmark, per
// edition: each page of a story told in several languages loads its own words only.
//   const bytes = measureBuild('dist'); // the default edition's { firstLoadJs, firstSceneJs, allJs, css, html, fonts, … }
//   const each = measureEditions('dist'); // [{ lang: 'en', … }, { lang: 'fr', … }]
// Follows Vite's manifest (dist/.vite/manifest.json) from the page's entry:
// - firstLoadJs: the entry, what it imports once the first words are painted (React's renderer, the
//   app and the edition's words: its chunks' dynamic imports) and every chunk those import statically: everything
//   the page downloads before it hydrates;
// - firstSceneJs: that, plus the first scene's chunks (with framer-motion's animate), which load
//   by import() once the text has hydrated: everything needed before the first scene can animate.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the story's build wrote of itself beside Vite's manifest (storyConfig's build facts): its first scene's module and its server entry. */
export function buildFactsOf(distDir) {
  const facts = join(distDir, '.vite', 'story.json');
  return existsSync(facts) ? JSON.parse(readFileSync(facts, 'utf8')) : { firstScene: null, server: null };
}

/** The modules whose chunks the first scene needs to animate: the story's build names its first scene's. */
export function firstSceneModules(distDir) {
  const { firstScene } = buildFactsOf(distDir);
  return firstScene ? [firstScene] : [];
}

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;


/** The chunk files a manifest entry needs, following static imports. */
export function staticClosure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build's manifest has no entry for ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

/** The chunk files a manifest entry needs at any time, following static and dynamic imports. */
function fullClosure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) fullClosure(manifest, imported, files);
  return files;
}

/** The build's editions (written by the prerender), each with its page and its entry in the manifest; the first is the default. */
export function editionsOf(distDir) {
  const listed = join(distDir, '.vite', 'editions.json');
  return existsSync(listed) ? JSON.parse(readFileSync(listed, 'utf8')) : [{ lang: 'en', page: 'index.html', entry: 'index.html' }];
}

/** The contents of an edition's page's <style> elements (index.html's by default). */
export function inlineStyles(distDir, page = 'index.html') {
  const html = readFileSync(join(distDir, page), 'utf8');
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
}

/**
 * One edition's bytes (the default edition's unless `lang` names another): what its page loads, and
 * every .js in the build but the chunks only another edition's page can ever load (its words).
 */
export function measureBuild(distDir, lang) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const editions = editionsOf(distDir);
  const edition = lang === undefined ? editions[0] : editions.find((candidate) => candidate.lang === lang);
  if (!edition) throw new Error(`The build has no "${lang}" edition`);
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(distDir, name)).isFile());
  const sum = (names) => names.reduce((total, name) => total + gzipSize(join(distDir, name)), 0);
  const beforePaint = staticClosure(manifest, edition.entry);
  // What the entry's chunks load by import(): the start-up code may sit in a chunk the editions share.
  const afterPaint = Object.values(manifest).filter((chunk) => beforePaint.has(chunk.file)).flatMap((chunk) => chunk.dynamicImports ?? []);
  const firstLoad = new Set(beforePaint);
  for (const key of afterPaint) staticClosure(manifest, key, firstLoad);
  const firstScene = new Set(firstLoad);
  for (const key of firstSceneModules(distDir)) staticClosure(manifest, key, firstScene);
  const mine = fullClosure(manifest, edition.entry);
  const othersOnly = new Set(editions.filter((other) => other !== edition).flatMap((other) => [...fullClosure(manifest, other.entry)]).filter((file) => !mine.has(file)));
  const fonts = files.filter((name) => /\.(woff2?|ttf|otf)$/.test(name));
  return {
    lang: edition.lang,
    page: edition.page,
    firstLoadJs: sum([...firstLoad]),
    firstLoadFiles: [...firstLoad],
    // What the entry imports at once, fetched while the page is parsed, before the first words are painted.
    beforePaintFiles: [...beforePaint],
    // What it loads by import() once they are.
    afterPaintFiles: [...new Set(afterPaint.map((key) => manifest[key].file))],
    firstSceneJs: sum([...firstScene]),
    allJs: sum(files.filter((name) => name.endsWith('.js') && !othersOnly.has(name))),
    /** The chunks only other editions load: none of them is counted in this edition's. */
    otherEditionsFiles: [...othersOnly],
    // The page's stylesheet is inlined into its page (scripts/prerender.mjs).
    css: sum(files.filter((name) => name.endsWith('.css'))) + inlineStyles(distDir, edition.page).reduce((total, style) => total + gzipSync(style, { level: 9 }).length, 0),
    // The edition's own page, as its reader downloads it.
    html: gzipSize(join(distDir, edition.page)),
    fonts: fonts.reduce((total, name) => total + statSync(join(distDir, name)).size, 0),
    fontFiles: fonts,
  };
}

/** Every edition's bytes, the default edition's first. */
export function measureEditions(distDir) {
  return editionsOf(distDir).map(({ lang }) => measureBuild(distDir, lang));
}
