// The story: the opening, one loop over the chapters (scroll-driven, or as a plain article when the
// reader asks or the page is printed), then the sources.
import { Suspense, memo, useCallback, useMemo, useState } from 'react';
import type { Chapter } from './content/types.ts';
import { ALL_STEPS, STORY } from '../stories/four-floors/story.ts';
import { LinearChapter } from './components/LinearChapter.tsx';
import { Opening } from './components/Opening.tsx';
import { ReaderControls } from './components/ReaderControls.tsx';
import { ScrollyChapter } from './components/ScrollyChapter.tsx';
import { SourcesChapter } from './components/SourcesChapter.tsx';
import { DEFERRED_PARTS, STEP_SELECTOR } from './constants.ts';
import { MotionOffContext } from './hooks/motionContext.ts';
import { useActiveStep } from './hooks/useActiveStep.ts';
import { useReaderPreferences } from './hooks/useReaderPreferences.ts';
import { useStepKeys } from './hooks/useStepKeys.ts';
import { useStepUrl } from './hooks/useStepUrl.ts';
import { useMarkReady } from './hooks/useMarkReady.ts';
import { useEmbed } from './hooks/useEmbed.ts';
import { useIdleLayout } from './startup/useIdleLayout.ts';
import { usePrefersReducedMotion } from './hooks/usePrefersReducedMotion.ts';
import { indexSeenByChapter, stepIdAt } from './steps/activeStep.ts';

const STEP_IDS = ALL_STEPS.map((step) => step.id);

export function App() {
  const preferences = useReaderPreferences();
  const embed = useEmbed(STEP_IDS);
  const isLinear = preferences.isLinearChosen || preferences.isPrinting || embed.isCramped;
  // The parts the first layout skipped are laid out in idle moments once the app is awake. Step
  // tracking, and the address that follows it, wait for them: scrollama measures every step when it
  // starts, and measuring a skipped chapter would lay it out there and then, all in one long task.
  const [isLaidOut, setLaidOut] = useState(false);
  const markLaidOut = useCallback(() => setLaidOut(true), []);
  const storyRef = useIdleLayout<HTMLElement>(DEFERRED_PARTS, markLaidOut);
  const scrolledIndex = useActiveStep(STEP_SELECTOR, isLaidOut && !isLinear && embed.mode !== 'responsive');
  const activeIndex = embed.mode === 'responsive' ? embed.hostActiveIndex : scrolledIndex;
  useStepUrl(stepIdAt(STEP_IDS, activeIndex), STEP_IDS, isLaidOut && !isLinear);
  useStepKeys(activeIndex, STEP_IDS, !isLinear);
  useMarkReady(isLaidOut);
  const isMotionOff = usePrefersReducedMotion() || preferences.isMotionOff;
  const controls = useMemo(() => <ReaderControls preferences={preferences} />, [preferences]);

  return (
    <MotionOffContext.Provider value={isMotionOff}>
      <a className="skip-link" href="#sources">
        Skip to the sources
      </a>
      <main ref={storyRef} className={storyClassName(isLinear, isLaidOut)}>
        <Opening controls={controls} isEmbedded={embed.mode !== 'page'} />
        {STORY.chapters.map((chapter) => (
          <ChapterSlot key={chapter.id} chapter={chapter} isLinear={isLinear} activeIndex={indexSeenByChapter(activeIndex, chapter, STEP_IDS)} />
        ))}
        <SourcesSlot isEmbedded={embed.mode !== 'page'} />
      </main>
    </MotionOffContext.Provider>
  );
}

/**
 * `story--waking` until the parts the first layout skipped are laid out. The CSS skips parts only
 * under it (layout.css, sources.css), so a chapter drawn anew later (the plain article and back) is
 * never skipped.
 */
function storyClassName(isLinear: boolean, isLaidOut: boolean): string {
  return ['story', isLinear && 'story--linear', !isLaidOut && 'story--waking'].filter(Boolean).join(' ');
}

interface ChapterSlotProps {
  chapter: Chapter;
  isLinear: boolean;
  activeIndex: number;
}

// Each chapter, and the sources, is its own Suspense boundary, so that React hydrates them at low
// priority a slice at a time, yielding to the browser between slices. The boundaries sit inside
// memoised slots because a boundary that receives new props before it is hydrated is hydrated at
// once, in the same task as the update. App re-renders while it wakes up (stored preferences, the
// ready mark); without the memo, each of those re-renders hydrated every chapter in one task. The
// memo also keeps a step change to the chapters it concerns, each given the index as it sees it.
const ChapterSlot = memo(function ChapterSlot({ chapter, isLinear, activeIndex }: ChapterSlotProps) {
  return (
    <Suspense fallback={null}>
      {isLinear ? <LinearChapter chapter={chapter} /> : <ScrollyChapter chapter={chapter} activeIndex={activeIndex} stepIds={STEP_IDS} />}
    </Suspense>
  );
});

const SourcesSlot = memo(function SourcesSlot({ isEmbedded }: { isEmbedded: boolean }) {
  return (
    <Suspense fallback={null}>
      <SourcesChapter isEmbedded={isEmbedded} />
    </Suspense>
  );
});
