// Build-time only (scripts/prerender.mjs): this story's editions as static HTML, each page's own
// words, and the façade drawing for each share image. Never shipped to readers.
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageHead, Story } from '../../kit/content/types.ts';
import { serverEditions } from '../../kit/startup/serverEditions.ts';
import { PLAN as RESCUE_PLAN } from './chapters/rescue/plan.ts';
import { RescueFlatArt } from './chapters/rescue/RescueScene.Flat.tsx';
import type { RescueSceneWords } from './chapters/rescue/sceneTypes.ts';
import { EDITIONS } from './editions.ts';
import { PAGE_FR } from './page.fr.ts';
import { PAGE } from './page.ts';
import { STORY_FR } from './story.fr.ts';
import { STORY } from './story.ts';

/** The stylesheets its drawing needs, from the repository's root: the colour tokens, and the rules. */
export const SHARE_ART_CSS = {
  tokens: ['src/kit/styles/tokens.css', 'src/stories/four-floors/palette.css'],
  rules: ['src/kit/styles/scene.css', 'src/stories/four-floors/chapters/rescue/scene.css'],
};

/** The rescue scene at the step the share image shows (the page head's), as one flat <svg>, in the edition's words. */
function shareArt(story: Story, page: PageHead): string {
  const step = RESCUE_PLAN.steps.find((candidate) => candidate.id === page.shareStep);
  const rescue = story.chapters.find((chapter) => chapter.id === RESCUE_PLAN.id);
  if (!step || !rescue) throw new Error(`The rescue chapter, the one the share image draws, has no step "${page.shareStep}"`);
  return renderToStaticMarkup(<RescueFlatArt picture={step.picture} copy={rescue.sceneWords as RescueSceneWords} />);
}

/** Each edition's page: its story, its page head and its page entry (its key in the build's manifest). */
export const editions = serverEditions(
  EDITIONS,
  [
    { story: STORY, page: PAGE, entry: 'index.html' },
    { story: STORY_FR, page: PAGE_FR, entry: 'src/stories/four-floors/main.fr.ts' },
  ],
  shareArt,
);

/** The stand-in heights of the parts the first layout skips, derived from the rendered story. */
export { standInStyles } from '../../kit/startup/standIns.ts';
/** The quoted-words rule over the finished page, so the build stops on a violation (see pageQuotes.ts). */
export { findPageQuoteProblems } from '../../kit/checks/pageQuotes.ts';
/** The reports, read as the content check reads them (the prerender names the folder: it runs this bundle from elsewhere). */
export { readReportTexts } from '../../../scripts/reports.ts';
