// Renders a kit component to HTML inside a story, as the app would (the components read the story's
// words and lookups from its context).
//   const html = renderInStory(createElement(HowWeKnow, { claimIds: ['height'] }));
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StoryContext } from '../../src/kit/content/storyContext.ts';
import { indexStory } from '../../src/kit/content/storyIndex.ts';
import type { Story } from '../../src/kit/content/types.ts';
import { STORY } from '../../src/stories/four-floors/story.ts';

export function renderInStory(element: ReactElement, story: Story = STORY): string {
  return renderToStaticMarkup(createElement(StoryContext.Provider, { value: indexStory(story) }, element));
}
