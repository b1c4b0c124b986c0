// The build's last step (after `vite build`): renders each edition of the story to static HTML with
// React's server renderer and writes it into its page (dist/index.html, dist/fr/index.html…), which
// the client then hydrates; adds the share tags (from the story's data), the canonical URL and the
// alternates in the other editions, font preloads and each edition's 1200×630 share image, and
// inlines the stylesheet: a few KB that would otherwise cost a slow phone a round trip before it
// can draw the first words.
//   STORY_URL=https://news.example/gassama/ node scripts/prerender.mjs
//   node scripts/prerender.mjs --server tests/fixture-story/server.tsx --dist <its build> --reports tests/fixture-story/reports
// Why a build step and no server: the page is the same for every reader, so rendering it once at
// build time gives crawlers, link previews and readers without JavaScript the whole story, with no
// server to run. The server bundle is built into node_modules/.cache so it never ships.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { makeShareImage, SHARE_IMAGE } from './share-image.mjs';
import { articleMetaTags, newsArticleScript, oembedJson, oembedLink } from './articleData.mjs';
import { STORY_URL } from './storyUrl.mjs';
import { buildFactsOf, staticClosure } from './bundle-bytes.mjs';

const ROOT = join(import.meta.dirname, '..');
/**
 * Which story: its build, its reports and its server entry (the published story's server.tsx shows
 * what one exports); without --server, the one the story's build names (`storyConfig({ server })`).
 */
const { values: STORY } = parseArgs({
  options: {
    server: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    reports: { type: 'string', default: 'assets/reports' },
  },
});
const DIST = resolve(ROOT, STORY.dist);
STORY.server ??= buildFactsOf(DIST).server ?? undefined;
if (!STORY.server) throw new Error(`No server entry to prerender ${STORY.dist} with: pass --server, or name it in the story's build (storyConfig({ server }))`);
const SERVER_OUT = join(ROOT, 'node_modules', '.cache', 'prerender', STORY.server.replace(/[^\w]+/g, '-'));


const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

await build({ root: ROOT, configFile: false, logLevel: 'warn', build: { ssr: STORY.server, outDir: SERVER_OUT, emptyOutDir: true } });
const server = await import(pathToFileURL(join(SERVER_OUT, 'server.js')).href);
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const reports = server.readReportTexts(resolve(ROOT, STORY.reports));
const readStyles = (files) => files.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');

/** index.html as Vite built it: the default edition's head, and the template of every edition's page. */
const template = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to render the story into');
const entryScript = template.match(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/);
const stylesheetLink = template.match(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/);
if (!entryScript || !stylesheetLink) throw new Error('dist/index.html has no module script or no stylesheet to inline');
const [linkTag, stylesheetHref] = stylesheetLink;
const css = readFileSync(join(DIST, stylesheetHref), 'utf8');
const fontFiles = [...css.matchAll(/url\((\/assets\/[^)]+\.woff2)\)/g)].map(([, url]) => url);
// Every face, preloaded so that each arrives within font-display: optional's block period. The
// first layout sets text in all of them (the first chapter's quotes and labels included); a face
// left to be discovered by that layout arrives after it and lays out again all the text set in it.
if (fontFiles.length === 0) throw new Error('The stylesheet asks for no font files');
const preloads = fontFiles.map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin />`);

const { editions } = server;
const urlOf = (edition) => new URL(edition.path, STORY_URL).href;
/** Each edition's share image, under its own page's address. */
const shareImageOf = (edition) => ({ url: new URL('share.png', urlOf(edition)).href, ...SHARE_IMAGE });

/** The head of one edition's page: its language, title and description, its address and its alternates, its share tags. */
function headOf(edition, page) {
  const { headline, dek } = edition.meta;
  const url = urlOf(edition);
  const shareUrl = shareImageOf(edition).url;
  const shareAlt = edition.page.shareImageAlt;
  // Every edition names every other (and itself) with hreflang, and the first as x-default: no
  // redirect by browser language, the reader chooses.
  const alternates = editions.length < 2 ? [] : [
    ...editions.map((other) => `<link rel="alternate" hreflang="${escapeHtml(other.lang)}" href="${escapeHtml(urlOf(other))}" />`),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(urlOf(editions[0]))}" />`,
  ];
  const meta = [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...alternates,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:locale" content="${escapeHtml(edition.locale)}" />`,
    ...editions.filter((other) => other !== edition).map((other) => `<meta property="og:locale:alternate" content="${escapeHtml(other.locale)}" />`),
    `<meta property="og:title" content="${escapeHtml(headline)}" />`,
    `<meta property="og:description" content="${escapeHtml(dek)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:image" content="${escapeHtml(shareUrl)}" />`,
    `<meta property="og:image:width" content="${SHARE_IMAGE.width}" />`,
    `<meta property="og:image:height" content="${SHARE_IMAGE.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(shareAlt)}" />`,
    ...articleMetaTags({ meta: edition.meta }),
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(headline)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(dek)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(shareUrl)}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(shareAlt)}" />`,
    // Each edition is its own article for CMSs and search engines: its oEmbed answer beside its page, its data in its language.
    oembedLink({ meta: edition.meta, oembedUrl: new URL('oembed.json', url).href }),
    newsArticleScript({ meta: edition.meta, page: edition.page, corrections: edition.corrections, storyUrl: url, image: shareImageOf(edition) }),
  ];
  // The default edition's language, title and description are already index.html's (storyConfig.ts); another's replace them.
  return page
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(edition.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(edition.page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(edition.page.description)}" />`)
    .replace('</title>', `</title>\n    ${[...meta, ...preloads].join('\n    ')}`);
}

/**
 * The edition's entry and the chunks it imports, all at low priority. The page reads whole without
 * them and they run only after it is parsed; at the default high priority, a paint simulation such as
 * Lighthouse's (what PageSpeed Insights shows) put them on the first paint's path, two round trips
 * (the entry, then its imports) that the page without scripts does not wait for.
 */
function entryScriptTags(entryKey) {
  const [file, ...imported] = staticClosure(manifest, entryKey);
  const preloads = imported.map((chunk) => `<link rel="modulepreload" crossorigin href="/${chunk}" fetchpriority="low" />`);
  return [...preloads, `<script type="module" crossorigin src="/${file}" fetchpriority="low"></script>`].join('');
}

const written = [];
for (const edition of editions) {
  const entry = manifest[edition.entry];
  if (!entry?.isEntry) throw new Error(`The build's manifest has no page entry ${edition.entry} for the "${edition.lang}" edition`);
  const storyHtml = await edition.renderStory({ address: urlOf(edition) });
  let page = headOf(edition, template)
    .replace(entryScript[0], entryScriptTags(edition.entry))
    .replace(linkTag, `<style>${css}${server.standInStyles(storyHtml)}</style>`)
    .replace('<div id="root"></div>', `<div id="root">${storyHtml}</div>`);
  // Words of ours in quotation marks anywhere on the page (labels, share text, title) must be a report's,
  // and, where their sentence names reports, each of those reports'.
  const quoteProblems = server.findPageQuoteProblems(page, reports, edition.reportNames);
  if (quoteProblems.length > 0) throw new Error(`The prerendered ${edition.lang} page quotes words no report has:\n${quoteProblems.join('\n')}`);
  const dir = join(DIST, edition.path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembedJson({ meta: edition.meta, storyUrl: urlOf(edition), image: shareImageOf(edition) }), null, 2)}\n`);
  const png = makeShareImage({
    headline: edition.meta.headline,
    dek: edition.meta.dek,
    kicker: edition.meta.kicker,
    sceneMarkup: edition.renderShareArt(),
    css: readStyles(server.SHARE_ART_CSS.rules),
    tokensCss: readStyles(server.SHARE_ART_CSS.tokens),
  });
  writeFileSync(join(dir, 'share.png'), png);
  written.push({ lang: edition.lang, page: `${edition.path}index.html`, entry: edition.entry, bytes: page.length });
}
// Which page is which edition, and its entry, for the byte budget's measure of each (bundle-bytes.mjs).
writeFileSync(join(DIST, '.vite', 'editions.json'), JSON.stringify(written.map(({ lang, page, entry }) => ({ lang, page, entry }))));
for (const file of new Set([stylesheetHref, ...Object.values(manifest).flatMap((chunk) => (chunk.css ?? []).map((href) => `/${href}`))])) rmSync(join(DIST, file), { force: true });
for (const { page, bytes } of written) console.log(`Prerendered ${STORY.dist}/${page} (${(bytes / 1024).toFixed(1)} KiB), its share.png and oembed.json for ${STORY_URL}`);
