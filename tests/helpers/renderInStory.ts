// Renders a kit component to HTML inside a story, as the app would (the components read the story's
// words and lookups from its context).
//   const html = renderInStory(createElement(HowWeKnow, { claimIds: ['seven'] }), FIXTURE_STORY);
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { HowWeKnow } from '../../src/kit/components/HowWeKnow.tsx';
import { StoryContext } from '../../src/kit/content/storyContext.ts';
import { indexStory } from '../../src/kit/content/storyIndex.ts';
import type { Story } from '../../src/kit/content/types.ts';

/** The story is named at every call: a kit test passes the fixture story, a story's own test its own. */
export function renderInStory(element: ReactElement, story: Story): string {
  return renderToStaticMarkup(createElement(StoryContext.Provider, { value: indexStory(story) }, element));
}

/** The marks a step's rendered "how we know" gives each claim: { claimId: 'A:states B:silent C:silent' }. */
export function renderedMarks(claimIds: readonly string[], story: Story): Record<string, string> {
  const html = renderInStory(createElement(HowWeKnow, { claimIds, stepId: 'a-step' }), story);
  const marks: Record<string, string> = {};
  for (const [, id, inner] of html.matchAll(/data-claim-marks="([^"]+)">(.*?)<\/p>/g)) {
    marks[id!] = [...inner!.matchAll(/data-report="(\w+)" data-stance="(\w+)"/g)].map(([, report, stance]) => `${report}:${stance}`).join(' ');
  }
  return marks;
}
