// Runs the story's side of embedding: `?embed` (or pym's `childId`) in a frame marks the page as
// embedded (a fixed-height iframe that scrolls itself, like the full page); the code that speaks to
// hosts (embed/framedStory.ts) is loaded only then. Once a host sends its scroll geometry, the story
// switches to the responsive mode, where the host's scroll picks the step and pins the graphics.
// The host's scroll also sets the reader's place to the fraction of a step (steps/stepPlace.ts).
// The page is marked ready only once that code listens (`isListening`): a host's first scroll message
// sent before it would be lost, and a pym host sends the next only when the reader scrolls again.
//   const embed = useEmbed(STEP_IDS, place); // { mode, hostActiveIndex, isPlainArticle, isListening }
import { useEffect, useState } from 'react';
import { BEFORE_FIRST_STEP } from '../steps/stepPlace.ts';
import { isEmbedRequested, type EmbedMode } from '../embed/embedMode.ts';
import type { PlaceStore, StepPlace } from '../steps/stepPlace.ts';

export interface EmbedState {
  mode: EmbedMode;
  /** The step the host's geometry puts the reader on (responsive mode only). */
  hostActiveIndex: number;
  /** Embedded where the scroll story cannot work (too short a frame, or a pym host without trackscroll). */
  isPlainArticle: boolean;
  /** False only while the story is in a frame and its code for hosts is not yet listening. */
  isListening: boolean;
}

export function useEmbed(stepIds: readonly string[], place: PlaceStore): EmbedState {
  const [mode, setMode] = useState<EmbedMode>('page');
  const [hostActiveIndex, setHostActiveIndex] = useState(BEFORE_FIRST_STEP);
  const [isPlainArticle, setPlainArticle] = useState(false);
  const [isListening, setListening] = useState(true);

  useEffect(() => {
    if (!isEmbedRequested(window.location.search) || window.parent === window) return;
    setListening(false);
    const root = document.documentElement;
    root.classList.add('is-embed');
    setMode('fixed');
    let stop: (() => void) | undefined;
    let isStopped = false;
    const setHostPlace = (hostPlace: StepPlace) => {
      place.set(hostPlace);
      setHostActiveIndex(hostPlace.index);
    };
    void import('../embed/framedStory.ts').then(({ startFramedStory }) => {
      if (isStopped) return;
      stop = startFramedStory(stepIds, { setMode, setHostPlace, setPlainArticle });
      setListening(true);
    });
    return () => {
      isStopped = true;
      stop?.();
      root.classList.remove('is-embed');
    };
  }, [stepIds, place]);

  return { mode, hostActiveIndex, isPlainArticle, isListening };
}
