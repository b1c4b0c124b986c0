/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CLAIMS } from './src/stories/four-floors/claims.ts';
import { DISCREPANCIES } from './src/stories/four-floors/sources/discrepancies.ts';
import { QUOTES } from './src/stories/four-floors/quotes.ts';
import { SOURCES } from './src/stories/four-floors/sources/reports.ts';
import { STORY } from './src/stories/four-floors/story.ts';
import { findContentProblems } from './src/kit/checks/validate.ts';
import { findEditorialProblems } from './src/kit/checks/editorialRules.ts';
import { findEvidenceProblems } from './src/kit/checks/validateEvidence.ts';
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
      const problems = [
        ...findContentProblems({ story: STORY, quotes: QUOTES, sources: SOURCES }, reports),
        ...findEvidenceProblems({ story: STORY, sources: SOURCES, claims: CLAIMS, discrepancies: DISCREPANCIES }, reports),
        ...findEditorialProblems({ story: STORY, quotes: QUOTES, sources: SOURCES, claims: CLAIMS, discrepancies: DISCREPANCIES }, reports),
      ];
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

const app = appChunk();

export default defineConfig({
  plugins: [react(), contentCheck(), contentSecurityPolicy(), subsetFonts(), favicon(), app.plugin],
  // fonts.css asks for its fonts here; subsetFonts() writes them.
  resolve: { alias: { '@subset-fonts': SUBSET_FONTS_DIR } },
  // Static files (robots.txt, the embed demo) live in assets/public, beside the reports in assets/reports.
  publicDir: 'assets/public',
  // The manifest names each chunk's imports, so the byte budget can follow what loads before a scene.
  build: {
    manifest: true,
    // No modulepreload polyfill (about 0.3 KB): every engine we test supports modulepreload; an older
    // one still loads each chunk, only without the early fetch.
    modulePreload: { polyfill: false },
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
  // Unit tests only; the browser specs (*.spec.ts) run under Playwright.
  test: { include: ['tests/**/*.test.ts'] },
});
