// Build-time only (scripts/prerender.mjs): the story as static HTML, and the façade drawing for the
// share image. Never shipped to readers.
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from '../../kit/App.tsx';
import { RESCUE } from './chapters/rescue/copy.ts';
import { STORY } from './story.ts';
import { preloadScenes } from './scenes.ts';

/** The whole story, every scene drawn at the step a reader at the top of the page sees. */
export async function renderStory(): Promise<string> {
  // With the scenes' code loaded first, nothing suspends and the HTML is complete without scripts.
  await preloadScenes();
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** The rescue scene at the step the share image shows, as one flat <svg>. */
export async function renderRescueArt(stepId: string): Promise<string> {
  const { RescueFlatArt } = await import('./chapters/rescue/RescueScene.Flat.tsx');
  const step = RESCUE.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`The rescue chapter has no step "${stepId}"`);
  if (step.picture.kind !== 'rescue') throw new Error(`Step "${stepId}" does not draw the rescue`);
  return renderToStaticMarkup(<RescueFlatArt picture={step.picture} />);
}

/** The quoted-words rule over the finished page, so the build stops on a violation (see pageQuotes.ts). */
export { findPageQuoteProblems } from '../../kit/checks/pageQuotes.ts';
/** The reports, read as the content check reads them (the prerender names the folder: it runs this bundle from elsewhere). */
export { readReportTexts } from '../../../scripts/reports.ts';

/** The words the share tags and image carry, from the story's copy. */
export const SHARE_COPY = { headline: STORY.headline, dek: STORY.dek };
