// The build of one story through the kit: the React plugin, the content check over the story's data,
// the page's head from its words, the Content-Security-Policy, the fonts cut to its characters, and
// the chunking rule. vite.config.ts builds the published story with it; tests/fixture-story builds a
// second, small story the same way, which is what proves the kit tells any story.
//   export default defineConfig(storyConfig({ story: STORY, page: PAGE }));
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { findStoryProblems } from '../src/kit/checks/findStoryProblems.ts';
import type { PageHead, Story } from '../src/kit/content/types.ts';
import { resolve } from 'node:path';
import { appChunk } from './appChunk.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { headersFile, headersFor, parseHeaders } from './hostingHeaders.ts';
import { documentIdProblems } from './documentIdProblems.ts';
import { favicon } from './favicon.ts';
import { locateProblems } from './locateProblems.ts';
import { findDocuments, readDocuments } from './story-documents.mjs';
import { storyDocuments } from './storyDocumentsPlugin.ts';
import { REPORTS_DIR, readReportTexts } from './reports.ts';
import { SUBSET_FONTS_DIR, subsetFonts } from './subsetFonts.ts';

/** Another edition of the story: its data, its page's head, and its page entry module (from `root`). */
export interface MoreEdition {
  story: Story;
  page: PageHead;
  entry: string;
}

export interface StoryBuild {
  /** The story's data and its page's head (the default edition's, whose page is index.html). */
  story: Story;
  page: PageHead;
  /** Its other editions, each built from its own entry; the prerender writes their pages. */
  moreEditions?: readonly MoreEdition[];
  /** The folder of the reports it is checked against. */
  reportsDir?: string;
  /** Where its index.html is (the project's root by default), and where the build goes. */
  root?: string;
  outDir?: string;
  /** Static files served at the site root, or none. */
  publicDir?: string | false;
  /**
   * The module of the first chapter's scene (from `root`): the byte budget and the bench count what
   * the first picture needs before it can move (scripts/bundle-bytes.mjs reads it in the build).
   */
  firstScene?: string;
  /** Its server entry (from the project's root), which the prerender renders its pages with. */
  server?: string;
}

/** Writes what the prerender and the byte budget must know of the story into the build, beside Vite's manifest. */
function buildFacts({ firstScene, server }: StoryBuild): Plugin {
  return {
    name: 'build-facts',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '.vite/story.json', source: JSON.stringify({ firstScene: firstScene ?? null, server: server ?? null }) });
    },
  };
}

/** The story's own folder: its documents and code, where a problem's file and line are looked for. */
export const storyDirOf = ({ server, root }: Pick<StoryBuild, 'server' | 'root'>) => (server ? dirname(server) : (root ?? '.'));

/** The content check's account of the story's problems, edition by edition, each at its file and line; undefined when there are none. */
function contentProblems(build: StoryBuild): string | undefined {
  const { story, page, moreEditions = [], reportsDir = REPORTS_DIR } = build;
  const reports = readReportTexts(reportsDir);
  const storyDir = storyDirOf(build);
  const documents = readDocuments(findDocuments(resolve(storyDir)));
  const accounts = [{ story, page }, ...moreEditions].flatMap((edition) => {
    const { lang } = edition.story.meta;
    const problems = [...locateProblems(findStoryProblems(edition.story, edition.page, reports), storyDir, lang), ...documentIdProblems(edition.story, documents)];
    return problems.length > 0 ? [`The story's content (${lang}) has ${problems.length} problem(s):\n${problems.join('\n')}`] : [];
  });
  return accounts.length > 0 ? accounts.join('\n') : undefined;
}

/**
 * Stops the build when a quote or excerpt is not verbatim, a claim has no report, a step id repeats,
 * words of ours in quotation marks are no report's, a hedge is dropped… The dev server runs on and
 * shows the problem in its overlay, to every page that connects. Fixing it clears it: the server
 * starts again when a module of the story changes (a dependency of its config) or a report does.
 */
function contentCheck(build: StoryBuild): Plugin {
  const reportsDir = resolve(build.reportsDir ?? REPORTS_DIR);
  let isServing = false;
  let problems: string | undefined;
  return {
    name: 'content-check',
    configResolved(config) {
      isServing = config.command === 'serve';
    },
    buildStart() {
      problems = contentProblems(build);
      if (problems && !isServing) this.error(problems);
      if (problems) this.warn(problems);
    },
    configureServer(server) {
      server.ws.on('connection', () => {
        if (problems) server.ws.send({ type: 'error', err: { message: `[content-check] ${problems}`, stack: '', plugin: 'content-check' } });
      });
      server.watcher.add(reportsDir);
      server.watcher.on('change', (file) => {
        if (resolve(file).startsWith(reportsDir)) void server.restart();
      });
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset (which must stay first) and before any script or style it governs.
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Writes the hosting headers to the build's `_headers` (hostingHeaders.ts) and has `vite preview`
 * send them, read back from that file.
 */
function hostingHeaders({ story }: StoryBuild): Plugin {
  const pagePaths = story.meta.editions?.map((edition) => edition.path) ?? [''];
  return {
    name: 'hosting-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(pagePaths) });
    },
    configurePreviewServer(server) {
      // resolve, not join: a story built outside its root names its output folder by an absolute path.
      const file = join(resolve(server.config.root, server.config.build.outDir), '_headers');
      const rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
        next();
      });
    },
  };
}

/** The page's language, title and description, from the story's own words (index.html holds none). */
function storyPageHead({ story, page }: StoryBuild): Plugin {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const { lang } = story.meta;
  const { title, description } = page;
  return {
    name: 'story-page-head',
    transformIndexHtml: (html) =>
      html
        .replace('<html>', `<html lang="${escape(lang)}">`)
        .replace('<meta name="viewport"', `<title>${escape(title)}</title>\n    <meta name="description" content="${escape(description)}" />\n    <meta name="viewport"`),
  };
}

export function storyConfig(build: StoryBuild): UserConfig {
  const root = build.root ?? process.cwd();
  const editions = [{ lang: build.story.meta.lang, entry: 'index.html' }, ...(build.moreEditions ?? []).map(({ story, entry }) => ({ lang: story.meta.lang, entry }))];
  const app = appChunk(editions, root);
  return {
    root: build.root,
    plugins: [react(), storyDocuments(storyDirOf(build)), contentCheck(build), storyPageHead(build), contentSecurityPolicy(), hostingHeaders(build), subsetFonts(), favicon(), buildFacts(build), app.plugin],
    // fonts.css asks for its fonts here; subsetFonts() writes them.
    resolve: { alias: { '@subset-fonts': SUBSET_FONTS_DIR } },
    publicDir: build.publicDir ?? false,
    build: {
      outDir: build.outDir,
      emptyOutDir: true,
      // The manifest names each chunk's imports, so the byte budget can follow what loads before a scene.
      manifest: true,
      // No modulepreload links or dependency lists (about 0.7 KB with the polyfill): the app's own
      // imports are React, loaded just before it; a scene's chunk then fetches framer-motion's animate after it,
      // one round trip later, while the prerendered picture is already on screen.
      modulePreload: false,
      rolldownOptions: {
        // index.html, and each other edition's entry module (its page is written by the prerender).
        input: Object.fromEntries(editions.map(({ lang, entry }, index) => [index === 0 ? 'index' : lang, resolve(root, entry)])),
        output: {
          // The page's entry loads React and then the app by import(), so without groups every module
          // the app shares with a lazy scene would become a small chunk of its own. React is one chunk
          // (evaluated before the app, see src/kit/startup/startStory.ts), the app another (appChunk.ts).
          codeSplitting: {
            groups: [
              // Vite's helper for import() stays out of both, or the entry would import them at once.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              ...app.groups,
            ],
          },
        },
      },
    },
  };
}
