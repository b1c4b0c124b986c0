// Build-time only (scripts/prerender.mjs): this story as static HTML, its page's own words, and the
// façade drawing for the share image. Never shipped to readers.
import { renderToStaticMarkup } from 'react-dom/server';
import { renderStory as renderWithKit } from '../../kit/startup/renderStory.tsx';
import { RESCUE } from './chapters/rescue/copy.ts';
import { RescueFlatArt } from './chapters/rescue/RescueScene.Flat.tsx';
import { PAGE } from './page.ts';
import { STORY } from './story.ts';

/** The whole story, every scene drawn at the step a reader at the top of the page sees. */
export const renderStory = () => renderWithKit(STORY);

/** The opening's words (the share text) and the page's head. */
export const META = STORY.meta;
/** Its corrections, for the article data (JSON-LD). */
export const CORRECTIONS = STORY.corrections;
export { PAGE };

/** The stylesheets its drawing needs, from the repository's root: the colour tokens, and the rules. */
export const SHARE_ART_CSS = {
  tokens: ['src/kit/styles/tokens.css', 'src/stories/four-floors/palette.css'],
  rules: ['src/kit/styles/scene.css', 'src/stories/four-floors/chapters/rescue/scene.css'],
};

/** The rescue scene at the step the share image shows (the page head's), as one flat <svg>. */
export function renderShareArt(): string {
  const step = RESCUE.steps.find((candidate) => candidate.id === PAGE.shareStep);
  if (!step) throw new Error(`The rescue chapter, the one the share image draws, has no step "${PAGE.shareStep}"`);
  return renderToStaticMarkup(<RescueFlatArt picture={step.picture} copy={RESCUE.sceneCopy} />);
}

/** The stand-in heights of the parts the first layout skips, derived from the rendered story. */
export { standInStyles } from '../../kit/startup/standIns.ts';
/** The quoted-words rule over the finished page, so the build stops on a violation (see pageQuotes.ts). */
export { findPageQuoteProblems } from '../../kit/checks/pageQuotes.ts';
/** The reports, read as the content check reads them (the prerender names the folder: it runs this bundle from elsewhere). */
export { readReportTexts } from '../../../scripts/reports.ts';
