// The fixture's server entry for the prerender (scripts/prerender.mjs), as a story's is.
import { renderToStaticMarkup } from 'react-dom/server';
import { serverEditions } from '../../src/kit/startup/serverEditions.ts';
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
export const editions = serverEditions([{ lang: 'en', locale: 'en_GB', path: '' }], [{ story: FIXTURE_STORY, page: FIXTURE_PAGE, entry: 'index.html' }], renderShareArt);

export { standInStyles } from '../../src/kit/startup/standIns.ts';
export { findPageQuoteProblems } from '../../src/kit/checks/pageQuotes.ts';
export { readReportTexts } from '../../scripts/reports.ts';
