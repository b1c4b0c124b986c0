// Hydrates the prerendered story (loaded by startStory once the first words are on screen).
//   mountStory(STORY);
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { indexStory } from '../content/storyIndex.ts';
import type { Story, StoryText } from '../content/types.ts';
import { withoutUnhandledListeners } from './rootListeners.ts';

/** The address the prerender gave the page (its canonical link), the one its HTML was rendered with. */
const publishedAddress = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;

export function mountStory(story: Story | StoryText): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element to mount the story in');
  const app = (
    <StrictMode>
      <App story={indexStory(story, { address: publishedAddress() })} />
    </StrictMode>
  );
  // The build prerenders the story into #root (scripts/prerender.mjs); the dev server serves it empty.
  withoutUnhandledListeners(root, () => (root.hasChildNodes() ? hydrateRoot(root, app) : createRoot(root).render(app)));
}
