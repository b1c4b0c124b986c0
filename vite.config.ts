/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { STORY } from './src/stories/four-floors/story.ts';
import { PAGE } from './src/stories/four-floors/page.ts';
import { findStoryProblems } from './src/kit/checks/findStoryProblems.ts';
import { readReportTexts } from './scripts/reports.ts';
import { favicon } from './scripts/favicon.ts';
import { appChunk } from './scripts/appChunk.ts';
import { SUBSET_FONTS_DIR, subsetFonts } from './scripts/subsetFonts.ts';

/**
 * Stops dev and build when a quote or excerpt is not verbatim, a claim has no report, a step id
 * repeats, words of ours in quotation marks are no report's, a hedge is dropped…
 */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    buildStart() {
      const reports = readReportTexts();
      const problems = findStoryProblems(STORY, PAGE, reports);
      if (problems.length > 0) this.error(`The story's content has ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}

/**
 * The page's Content-Security-Policy: our own origin only and no inline script. Styles allow
 * 'unsafe-inline' because React and framer-motion write style attributes. Added to the build only:
 * the dev server injects an inline script of its own. frame-ancestors cannot be set in a <meta>
 * tag; the README says what header a host should send.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset (which must stay first) and before any script or style it governs.
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/** The page's language, title and description, from the story's own words (index.html holds none). */
function storyPageHead(): Plugin {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const { lang } = STORY.meta;
  const { title, description } = PAGE;
  return {
    name: 'story-page-head',
    transformIndexHtml: (html) =>
      html
        .replace('<html>', `<html lang="${escape(lang)}">`)
        .replace('<meta name="viewport"', `<title>${escape(title)}</title>\n    <meta name="description" content="${escape(description)}" />\n    <meta name="viewport"`),
  };
}

const app = appChunk();

export default defineConfig({
  plugins: [react(), contentCheck(), storyPageHead(), contentSecurityPolicy(), subsetFonts(), favicon(), app.plugin],
  // fonts.css asks for its fonts here; subsetFonts() writes them.
  resolve: { alias: { '@subset-fonts': SUBSET_FONTS_DIR } },
  // Static files (robots.txt, the embed demo) live in assets/public, beside the reports in assets/reports.
  publicDir: 'assets/public',
  // The manifest names each chunk's imports, so the byte budget can follow what loads before a scene.
  build: {
    manifest: true,
    // No modulepreload links or dependency lists (about 0.7 KB with the polyfill): the app's own imports
    // are React, loaded just before it; a scene's chunk then fetches framer-motion after it, one round
    // trip later, while the prerendered picture is already on screen.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The app (src/main.tsx) is imported by the entry, not the entry itself, so without groups
        // every module it shares with a lazy scene becomes a small chunk of its own. React is one
        // chunk (evaluated before the app, see src/boot.ts); the story's own modules outside the
        // scenes are another.
        codeSplitting: {
          groups: [
            // Vite's helper for import() stays out of both, or the entry would import them at once.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'app', test: app.test },
          ],
        },
      },
    },
  },
  // Unit tests only (the kit's in tests/, each chapter's beside it); the browser specs (*.spec.ts) run under Playwright.
  test: { include: ['tests/**/*.test.ts', 'src/**/*.test.ts'] },
});
