// The fixture's server entry for the prerender (scripts/prerender.mjs), as a story's is.
import { renderToStaticMarkup } from 'react-dom/server';
import { renderStory as renderWithKit } from '../../src/kit/startup/renderStory.tsx';
import { FIXTURE_PAGE } from './page.ts';
import { FIXTURE_STORY } from './story.ts';

/** The share image's drawing: the lit tower as one flat <svg>. */
function renderShareArt(): string {
  return renderToStaticMarkup(
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 300">
      <rect x={80} y={60} width={40} height={220} className="lamp__tower" />
      <path d="M100 52L40 30V74ZM100 52L160 30V74Z" className="lamp__beam" />
    </svg>,
  );
}
export const SHARE_ART_CSS = { tokens: ['src/kit/styles/tokens.css'], rules: ['tests/fixture-story/scene.css'] };

/** Its one edition, at the build's root. */
export const editions = [
  { lang: FIXTURE_STORY.meta.lang, locale: 'en_GB', path: '', entry: 'index.html', meta: FIXTURE_STORY.meta, page: FIXTURE_PAGE, corrections: FIXTURE_STORY.corrections, reportNames: { sources: FIXTURE_STORY.sources, lang: FIXTURE_STORY.meta.lang }, renderStory: (options?: { address?: string }) => renderWithKit(FIXTURE_STORY, options), renderShareArt },
];

export { standInStyles } from '../../src/kit/startup/standIns.ts';
export { findPageQuoteProblems } from '../../src/kit/checks/pageQuotes.ts';
export { readReportTexts } from '../../scripts/reports.ts';
