// The build's last step (after `vite build`): renders the story to static HTML with React's server
// renderer and writes it into dist/index.html, which the client then hydrates; adds the share tags
// (from the story's data), the canonical URL, font preloads and the 1200×630 share image, and
// inlines the stylesheet: a few KB that would otherwise cost a slow phone a round trip before it
// can draw the first words.
//   STORY_URL=https://news.example/gassama/ node scripts/prerender.mjs
//   node scripts/prerender.mjs --server tests/fixture-story/server.tsx --dist <its build> --reports tests/fixture-story/reports
// Why a build step and no server: the page is the same for every reader, so rendering it once at
// build time gives crawlers, link previews and readers without JavaScript the whole story, with no
// server to run. The server bundle is built into node_modules/.cache so it never ships.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { makeShareImage, SHARE_IMAGE } from './share-image.mjs';
import { newsArticleScript, oembedJson, oembedLink } from './articleData.mjs';
import { STORY_URL } from './storyUrl.mjs';

const ROOT = join(import.meta.dirname, '..');
/** Which story: its server entry (see src/stories/four-floors/server.tsx), its build and its reports. */
const { values: STORY } = parseArgs({
  options: {
    server: { type: 'string', default: 'src/stories/four-floors/server.tsx' },
    dist: { type: 'string', default: 'dist' },
    reports: { type: 'string', default: 'assets/reports' },
  },
});
const DIST = resolve(ROOT, STORY.dist);
const SERVER_OUT = join(ROOT, 'node_modules', '.cache', 'prerender', STORY.server.replace(/[^\w]+/g, '-'));


const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

await build({ root: ROOT, configFile: false, logLevel: 'warn', build: { ssr: STORY.server, outDir: SERVER_OUT, emptyOutDir: true } });
const server = await import(pathToFileURL(join(SERVER_OUT, 'server.js')).href);
const storyHtml = await server.renderStory();
const { headline, dek } = server.META;
const shareAlt = server.PAGE.shareImageAlt;

let page = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!page.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root to render the story into');

const stylesheetLink = page.match(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/);
if (!stylesheetLink) throw new Error('dist/index.html links no stylesheet to inline');
const [linkTag, stylesheetHref] = stylesheetLink;
const css = readFileSync(join(DIST, stylesheetHref), 'utf8');
const fontFiles = [...css.matchAll(/url\((\/assets\/[^)]+\.woff2)\)/g)].map(([, url]) => url);
// Every face, preloaded so that each arrives within font-display: optional's block period. The
// first layout sets text in all of them (the first chapter's quotes and labels included); a face
// left to be discovered by that layout arrives after it and lays out again all the text set in it.
if (fontFiles.length === 0) throw new Error('The stylesheet asks for no font files');
const preloads = fontFiles.map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin />`);

const shareUrl = new URL('share.png', STORY_URL).href;
const shareImage = { url: shareUrl, ...SHARE_IMAGE };
const oembedUrl = new URL('oembed.json', STORY_URL).href;
const meta = [
  `<link rel="canonical" href="${escapeHtml(STORY_URL)}" />`,
  `<meta property="og:type" content="article" />`,
  `<meta property="og:title" content="${escapeHtml(headline)}" />`,
  `<meta property="og:description" content="${escapeHtml(dek)}" />`,
  `<meta property="og:url" content="${escapeHtml(STORY_URL)}" />`,
  `<meta property="og:image" content="${escapeHtml(shareUrl)}" />`,
  `<meta property="og:image:width" content="${SHARE_IMAGE.width}" />`,
  `<meta property="og:image:height" content="${SHARE_IMAGE.height}" />`,
  `<meta property="og:image:alt" content="${escapeHtml(shareAlt)}" />`,
  `<meta name="twitter:card" content="summary_large_image" />`,
  `<meta name="twitter:title" content="${escapeHtml(headline)}" />`,
  `<meta name="twitter:description" content="${escapeHtml(dek)}" />`,
  `<meta name="twitter:image" content="${escapeHtml(shareUrl)}" />`,
  `<meta name="twitter:image:alt" content="${escapeHtml(shareAlt)}" />`,
  oembedLink({ meta: server.META, oembedUrl }),
  newsArticleScript({ meta: server.META, page: server.PAGE, corrections: server.CORRECTIONS, storyUrl: STORY_URL, image: shareImage }),
];

page = page
  .replace('</title>', `</title>\n    ${[...meta, ...preloads].join('\n    ')}`)
  .replace(linkTag, `<style>${css}${server.standInStyles(storyHtml)}</style>`)
  .replace('<div id="root"></div>', `<div id="root">${storyHtml}</div>`);
// Words of ours in quotation marks anywhere on the page (labels, share text, title) must be a report's.
const reports = server.readReportTexts(resolve(ROOT, STORY.reports));
const quoteProblems = server.findPageQuoteProblems(page, reports);
if (quoteProblems.length > 0) throw new Error(`The prerendered page quotes words no report has:\n${quoteProblems.join('\n')}`);

writeFileSync(join(DIST, 'index.html'), page);
writeFileSync(join(DIST, 'oembed.json'), `${JSON.stringify(oembedJson({ meta: server.META, storyUrl: STORY_URL, image: shareImage }), null, 2)}\n`);
rmSync(join(DIST, stylesheetHref));

const readStyles = (files) => files.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
const png = makeShareImage({
  headline,
  dek,
  kicker: server.META.kicker,
  sceneMarkup: server.renderShareArt(),
  css: readStyles(server.SHARE_ART_CSS.rules),
  tokensCss: readStyles(server.SHARE_ART_CSS.tokens),
});
writeFileSync(join(DIST, 'share.png'), png);
console.log(`Prerendered ${STORY.dist}/index.html (${(page.length / 1024).toFixed(1)} KiB) and ${STORY.dist}/share.png for ${STORY_URL}`);
