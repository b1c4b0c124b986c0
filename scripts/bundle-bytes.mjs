// Measures the production build's bytes, gzipped, for the byte-budget test and the benchmark.
//   const bytes = measureBuild('dist'); // { firstLoadJs, firstSceneJs, allJs, css, html, fonts, … }
// Follows Vite's manifest (dist/.vite/manifest.json) from the page's entry:
// - firstLoadJs: the entry, what it imports once the first words are painted (React's renderer and
//   the app: the entry's own dynamic imports) and every chunk those import statically: everything
//   the page downloads before it hydrates;
// - firstSceneJs: that, plus the first scene's chunks (with framer-motion's animate), which load
//   by import() once the text has hydrated: everything needed before the first scene can animate.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The modules whose chunks the first scene needs to animate. */
export const FIRST_SCENE_MODULES = ['src/stories/four-floors/chapters/rescue/RescueScene.tsx'];

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;


/** The chunk files a manifest entry needs, following static imports. */
function staticClosure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build's manifest has no entry for ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

/** The contents of index.html's <style> elements. */
export function inlineStyles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
}

export function measureBuild(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(distDir, name)).isFile());
  const sum = (names) => names.reduce((total, name) => total + gzipSize(join(distDir, name)), 0);
  const beforePaint = staticClosure(manifest, 'index.html');
  const firstLoad = new Set(beforePaint);
  for (const key of manifest['index.html'].dynamicImports ?? []) staticClosure(manifest, key, firstLoad);
  const firstScene = new Set(firstLoad);
  for (const key of FIRST_SCENE_MODULES) staticClosure(manifest, key, firstScene);
  const fonts = files.filter((name) => /\.(woff2?|ttf|otf)$/.test(name));
  return {
    firstLoadJs: sum([...firstLoad]),
    firstLoadFiles: [...firstLoad],
    // What the entry imports at once, fetched while the page is parsed, before the first words are painted.
    beforePaintFiles: [...beforePaint],
    // What it loads by import() once they are.
    afterPaintFiles: (manifest['index.html'].dynamicImports ?? []).map((key) => manifest[key].file),
    firstSceneJs: sum([...firstScene]),
    allJs: sum(files.filter((name) => name.endsWith('.js'))),
    // The page's stylesheet is inlined into index.html (scripts/prerender.mjs).
    css: sum(files.filter((name) => name.endsWith('.css'))) + inlineStyles(distDir).reduce((total, style) => total + gzipSync(style, { level: 9 }).length, 0),
    html: sum(files.filter((name) => name.endsWith('.html'))),
    fonts: fonts.reduce((total, name) => total + statSync(join(distDir, name)).size, 0),
    fontFiles: fonts,
  };
}
