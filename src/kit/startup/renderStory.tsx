// Build-time only (scripts/prerender.mjs, through a story's server entry): the story as static HTML,
// every scene drawn at the step a reader at the top of the page sees. Never shipped to readers.
//   const html = await renderStory(STORY, { address: 'https://news.example/story/' });
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../App.tsx';
import { preloadSourcesParts } from '../components/sourcesParts.ts';
import { indexStory } from '../content/storyIndex.ts';
import type { Story } from '../content/types.ts';

/** `address`: the page's published address, as its canonical link will name it (the page hydrates with the same). */
export async function renderStory(story: Story, { address }: { address?: string } = {}): Promise<string> {
  // With the scenes' code (and every other deferred part's) loaded first, nothing suspends and the
  // HTML is complete without scripts.
  await Promise.all([...story.chapters.map((chapter) => chapter.scene.preload()), preloadSourcesParts()]);
  return renderToString(
    <StrictMode>
      <App story={indexStory(story, { address })} />
    </StrictMode>,
  );
}
