// The fixture's server entry for the prerender (scripts/prerender.mjs), as a story's is.
import { renderToStaticMarkup } from 'react-dom/server';
import { serverEditions } from '../../src/kit/startup/serverEditions.ts';
import { FIXTURE_EDITIONS } from './editions.ts';
import { FIXTURE_PAGE_FR } from './page.fr.ts';
import { FIXTURE_PAGE } from './page.ts';
import { FIXTURE_STORY_FR } from './story.fr.ts';
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

/** Its two editions: the English at the build's root, the French at fr/ (its entry: its key in the build's manifest). */
export const editions = serverEditions(
  FIXTURE_EDITIONS,
  [
    { story: FIXTURE_STORY, page: FIXTURE_PAGE, entry: 'index.html' },
    { story: FIXTURE_STORY_FR, page: FIXTURE_PAGE_FR, entry: 'main.fr.ts' },
  ],
  renderShareArt,
);

export { standInStyles } from '../../src/kit/startup/standIns.ts';
export { findPageQuoteProblems } from '../../src/kit/checks/pageQuotes.ts';
export { readReportTexts } from '../../scripts/reports.ts';
