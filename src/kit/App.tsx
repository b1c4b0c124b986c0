// Any story: the opening, one loop over the chapters (scroll-driven, or as a plain article when the
// reader asks or the page is printed), then the sources. The story comes in as data; every component
// below reads it, words included, through useStory.
//   <App story={indexStory(STORY)} />
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoryIndex } from './content/storyIndex.ts';
import { StoryContext } from './content/storyContext.ts';
import { Opening } from './components/Opening.tsx';
import { PlaceBar } from './components/PlaceBar.tsx';
import { ReaderControls } from './components/ReaderControls.tsx';
import { ChapterSlot, SourcesSlot } from './startup/hydrationSlots.tsx';
import { DEFERRED_PARTS, STEP_SELECTOR } from './constants.ts';
import { MotionOffContext, createMotionOffStore } from './hooks/motionContext.ts';
import { PlaceContext } from './hooks/placeContext.ts';
import { createPlaceStore } from './steps/stepPlace.ts';
import { useActiveStep } from './hooks/useActiveStep.ts';
import { useScrollPlace } from './hooks/useScrollPlace.ts';
import { useReaderPreferences } from './hooks/useReaderPreferences.ts';
import { useStepKeys } from './hooks/useStepKeys.ts';
import { useStepUrl } from './hooks/useStepUrl.ts';
import { useMarkReady } from './hooks/useMarkReady.ts';
import { useEmbed } from './hooks/useEmbed.ts';
import { useReaderEvents } from './hooks/useReaderEvents.ts';
import { useIdleLayout } from './startup/useIdleLayout.ts';
import { usePrefersReducedMotion } from './hooks/usePrefersReducedMotion.ts';
import { indexSeenByChapter, stepIdAt } from './steps/activeStep.ts';

interface AppProps {
  /** The story to tell, indexed once (indexStory). */
  story: StoryIndex;
}

export function App({ story }: AppProps) {
  const { stepIds } = story;
  const preferences = useReaderPreferences();
  // The reader's place to the fraction of a step, for what follows the scroll (no render per frame).
  const [place] = useState(createPlaceStore);
  const embed = useEmbed(stepIds, place);
  const isLinear = preferences.isLinearChosen || preferences.isPrinting || embed.isPlainArticle;
  // The parts the first layout skipped are laid out in idle moments once the app is awake. Step
  // tracking, and the address that follows it, wait for them: scrollama measures every step when it
  // starts, and measuring a skipped chapter would lay it out there and then, all in one long task.
  const [isLaidOut, setLaidOut] = useState(false);
  const markLaidOut = useCallback(() => setLaidOut(true), []);
  const storyRef = useIdleLayout<HTMLElement>(DEFERRED_PARTS, markLaidOut);
  const isOwnScroll = isLaidOut && !isLinear && embed.mode !== 'responsive';
  const scrolled = useActiveStep(STEP_SELECTOR, isOwnScroll);
  useScrollPlace(STEP_SELECTOR, isOwnScroll, place);
  const activeIndex = embed.mode === 'responsive' ? embed.hostActiveIndex : scrolled.activeIndex;
  useStepUrl(stepIdAt(stepIds, activeIndex), stepIds, isLaidOut && !isLinear, place);
  useStepKeys(activeIndex, stepIds, !isLinear);
  // Ready once scrollama follows the steps too: it loads by import(), and a driver that scrolled
  // before it arrived would see the step change only where the scroll comes to rest.
  useMarkReady(isLaidOut && scrolled.isFollowing && embed.isListening);
  useReaderEvents(story, activeIndex);
  // No movement under the system's setting or the reader's switch; the switch reaches the scenes
  // through the store, without a render of the app (motionContext.ts).
  const prefersReducedMotion = usePrefersReducedMotion();
  const [motionOff] = useState(createMotionOffStore);
  const { motionSwitch } = preferences;
  useEffect(() => {
    const follow = () => motionOff.set(prefersReducedMotion || motionSwitch.get());
    follow();
    return motionSwitch.subscribe(follow);
  }, [motionOff, motionSwitch, prefersReducedMotion]);
  const controls = useMemo(() => <ReaderControls preferences={preferences} />, [preferences]);

  return (
    <StoryContext.Provider value={story}>
      <MotionOffContext.Provider value={motionOff}>
        <PlaceContext.Provider value={place}>
          <a className="skip-link" href="#sources">
            {story.story.ui.skipToSources}
          </a>
          <main ref={storyRef} className={storyClassName(isLinear, isLaidOut)}>
            <PlaceBar />
            <Opening controls={controls} isEmbedded={embed.mode !== 'page'} />
            {story.chapters.map((chapter, index) => (
              <ChapterSlot key={chapter.id} chapter={chapter} stepIds={stepIds} isLinear={isLinear} isDeferred={index > 0} activeIndex={indexSeenByChapter(activeIndex, chapter, stepIds)} />
            ))}
            <SourcesSlot isEmbedded={embed.mode !== 'page'} />
          </main>
        </PlaceContext.Provider>
      </MotionOffContext.Provider>
    </StoryContext.Provider>
  );
}

/**
 * `story--waking` until the parts the first layout skipped are laid out. The CSS skips parts only
 * under it (the stand-in rules the build writes, src/kit/startup/standIns.ts), so a chapter drawn anew later (the plain article and back) is
 * never skipped.
 */
function storyClassName(isLinear: boolean, isLaidOut: boolean): string {
  return ['story', isLinear && 'story--linear', !isLaidOut && 'story--waking'].filter(Boolean).join(' ');
}
