// A story's data, indexed once for the components that look things up by id. Ids were checked by the
// types and by the content checks, so a miss here is a programming error and throws.
//   const index = indexStory(STORY); index.quote('football-match').speaker
import type { AnyChapter, Claim, Discrepancy, Quote, Source, Step, Story } from './types.ts';

export interface StoryIndex {
  story: Story;
  /** Every scrolly step in reading order, across chapters, and their ids. */
  steps: readonly Step[];
  stepIds: readonly string[];
  chapters: readonly AnyChapter[];
  source: (id: string) => Source;
  quote: (id: string) => Quote;
  claim: (id: string) => Claim;
  discrepancy: (id: string) => Discrepancy;
}

function lookup<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Unknown ${kind} "${id}"`);
    return item;
  };
}

export function indexStory(story: Story): StoryIndex {
  const steps = story.chapters.flatMap((chapter) => chapter.steps);
  return {
    story,
    steps,
    stepIds: steps.map((step) => step.id),
    chapters: story.chapters,
    source: lookup(story.sources, 'report'),
    quote: lookup(story.quotes, 'quote'),
    claim: lookup(story.claims, 'claim'),
    discrepancy: lookup(story.discrepancies, 'discrepancy'),
  };
}
