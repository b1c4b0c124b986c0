// Everything the story does only inside a frame, loaded by import() only there, so the story's own
// page never downloads it. It speaks every host's protocol at once: embed.js (responsive), pym.js
// (a `childId` in the query) and WordPress (a `#?secret=` in the address); each ignores the others'
// messages. The first host geometry (embed.js, or pym with trackscroll) switches the story to the
// responsive mode, where the host's scroll picks the step and pins the graphics.
//   const stop = startFramedStory(stepIds, { setMode, setHostPlace, setPlainArticle });
import { readStepFromHash, wordPressSecret } from '../steps/deepLink.ts';
import { bringStepIntoPlace, scrollTopForStep, setStepScroller } from '../steps/trigger.ts';
import type { EmbedMode } from './embedMode.ts';
import { startEventRelay } from './eventRelay.ts';
import { applyHostGeometry, measureLayout, type StoryLayout } from './hostLayout.ts';
import type { HostGeometry } from './protocol.ts';
import type { StepPlace } from '../steps/stepPlace.ts';
import { isPymId } from './pymMessages.ts';
import { startPymChild } from './pymChild.ts';
import { startStoryBridge } from './storyBridge.ts';
import { startWordPressChild } from './wordpressChild.ts';

/** Below this iframe height, with no host script, the scroll layout is too cramped to read. */
const CRAMPED_HEIGHT = 400;
const HANDSHAKE_WAIT_MS = 1200;

export interface FramedStoryState {
  setMode: (mode: EmbedMode) => void;
  /** The step, and how far through it, the host's geometry puts the reader (responsive mode only). */
  setHostPlace: (place: StepPlace) => void;
  /** The story reads best as the plain article here (see the README's embed section). */
  setPlainArticle: (isPlain: boolean) => void;
}

export function startFramedStory(stepIds: readonly string[], state: FramedStoryState): () => void {
  const root = document.documentElement;
  const pymId = new URLSearchParams(window.location.search).get('childId');
  const secret = wordPressSecret(window.location.hash);
  let layout: StoryLayout | undefined;
  let latest: HostGeometry | undefined;
  // A deep link is followed once the host has grown the iframe to the story: before that, the
  // host page is too short to scroll to the step.
  let pendingLanding = readStepFromHash(window.location.hash, stepIds);
  let isFramePending = false;
  const render = () => {
    isFramePending = false;
    if (!latest) return;
    layout ??= measureLayout();
    state.setHostPlace(applyHostGeometry(layout, latest));
  };
  const schedule = () => {
    if (isFramePending) return;
    isFramePending = true;
    window.requestAnimationFrame(render);
  };
  // Any change of size (fonts, the host's viewport height, a resized iframe) invalidates the layout.
  const relayout = new ResizeObserver(() => {
    layout = undefined;
    schedule();
  });

  const onGeometry = (requestScroll: (offset: number) => void) => (geometry: HostGeometry) => {
    const isFirst = !latest;
    if (latest?.viewportHeight !== geometry.viewportHeight) root.style.setProperty('--host-vh', `${geometry.viewportHeight / 100}px`);
    latest = geometry;
    if (isFirst) {
      root.classList.add('is-embed-responsive');
      state.setMode('responsive');
      state.setPlainArticle(false);
      relayout.observe(document.body);
      setStepScroller((step, progress) => requestScroll(scrollTopForStep(step, latest?.viewportHeight, progress)));
    }
    if (pendingLanding && geometry.iframeHeight >= root.getBoundingClientRect().height - 2) {
      const landing = pendingLanding;
      pendingLanding = undefined;
      window.requestAnimationFrame(() => bringStepIntoPlace(landing, { focus: false }));
    }
    schedule();
  };

  const relay = startEventRelay();
  const bridge = startStoryBridge({
    onGeometry: onGeometry((offset) => bridge.requestScroll(offset)),
    onSubscribe: (origin) => relay.subscribe('story', origin, (name, detail) => bridge.sendEvent(origin, name, { ...detail })),
  });
  const pym = isPymId(pymId)
    ? startPymChild(pymId, {
        onGeometry: onGeometry((offset) => pym?.requestScroll(offset)),
        onSubscribe: (origin) => relay.subscribe('pym', origin, (name, detail) => pym?.sendEvent(origin, name, detail)),
      })
    : undefined;
  const stopWordPress = secret ? startWordPressChild(secret) : undefined;
  // pym sizes the frame to the story, so only its scroll messages (trackscroll) can drive the
  // steps: until one arrives the story reads as the plain article.
  if (pym) state.setPlainArticle(true);
  const crampedCheck = window.setTimeout(() => {
    if (!latest && window.innerHeight < CRAMPED_HEIGHT) state.setPlainArticle(true);
  }, HANDSHAKE_WAIT_MS);

  return () => {
    window.clearTimeout(crampedCheck);
    relayout.disconnect();
    bridge.stop();
    pym?.stop();
    stopWordPress?.();
    relay.stop();
    setStepScroller();
    root.classList.remove('is-embed-responsive');
  };
}
