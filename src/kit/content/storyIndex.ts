// A story's data, indexed once for the components that look things up by id. Ids were checked by the
// types and by the content checks, so a miss here is a programming error and throws. The evidence may
// arrive after the text (StoryText): its index is a thenable that components read with `use`
// (useEvidence), so that what shows it waits for it and nothing else does.
//   const index = indexStory(STORY); index.quote('football-match').speaker
import type { AnyChapter, Claim, Discrepancy, Quote, Report, Step, Story, StoryEvidence, StoryText } from './types.ts';

/** The claims and differences, and their lookups by id. */
export interface EvidenceIndex extends StoryEvidence {
  claim: (id: string) => Claim;
  discrepancy: (id: string) => Discrepancy;
}

/** A promise whose outcome React's `use` can read at once, once known (React reads `status` and `value`). */
export type Settling<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

export interface StoryIndex {
  story: Omit<Story, keyof StoryEvidence>;
  /** Every scrolly step in reading order, across chapters, and their ids. */
  steps: readonly Step[];
  stepIds: readonly string[];
  chapters: readonly AnyChapter[];
  report: (id: string) => Report;
  quote: (id: string) => Quote;
  /** The evidence, settled at once for a whole story (the prerendered page), or once loaded. */
  evidence: Settling<EvidenceIndex>;
  /**
   * The page's published address (its canonical link), where the page names one: what the embed
   * codes offer until the page knows the address it is served from.
   */
  address?: string;
}

function lookup<T extends { id: string }>(items: readonly T[], kind: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Unknown ${kind} "${id}"`);
    return item;
  };
}

export function indexEvidence({ claims, discrepancies }: StoryEvidence): EvidenceIndex {
  return { claims, discrepancies, claim: lookup(claims, 'claim'), discrepancy: lookup(discrepancies, 'discrepancy') };
}

/** The evidence's index as a thenable that records its outcome, already fulfilled when the story has it. */
function settle(story: Story | StoryText): Settling<EvidenceIndex> {
  if (!('loadEvidence' in story)) {
    const value = indexEvidence(story);
    return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
  }
  const settling: Settling<EvidenceIndex> = story.loadEvidence().then(indexEvidence);
  settling.status = 'pending';
  settling.then((value) => Object.assign(settling, { status: 'fulfilled', value }), () => (settling.status = 'rejected'));
  return settling;
}

export function indexStory(story: Story | StoryText, { address }: { address?: string } = {}): StoryIndex {
  const steps = story.chapters.flatMap((chapter) => chapter.steps);
  return {
    address,
    story,
    steps,
    stepIds: steps.map((step) => step.id),
    chapters: story.chapters,
    report: lookup(story.reports, 'report'),
    quote: lookup(story.quotes, 'quote'),
    evidence: settle(story),
  };
}
