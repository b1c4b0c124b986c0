// The story: the opening, one loop over the scrolly chapters, then the sources.
import { ALL_STEPS, STORY } from './content/story.ts';
import { Opening } from './components/Opening.tsx';
import { ScrollyChapter } from './components/ScrollyChapter.tsx';
import { SourcesChapter } from './components/SourcesChapter.tsx';
import { STEP_SELECTOR } from './constants.ts';
import { useActiveStep } from './hooks/useActiveStep.ts';

const STEP_ORDER = ALL_STEPS.map((step) => step.id);

export function App() {
  const activeIndex = useActiveStep(STEP_SELECTOR);
  const activeStepId = STEP_ORDER[activeIndex] ?? STEP_ORDER[0] ?? '';
  return (
    <main className="story">
      <Opening />
      {STORY.chapters.map((chapter) => (
        <ScrollyChapter key={chapter.id} chapter={chapter} activeStepId={activeStepId} stepOrder={STEP_ORDER} />
      ))}
      <SourcesChapter />
    </main>
  );
}
