// Runs the story's side of embedding: `?embed` marks the page as embedded (a fixed-height iframe
// that scrolls itself, like the full page); once embed.js on the host answers, the story switches to
// the responsive mode, where the host's scroll geometry picks the step and pins the graphics.
//   const embed = useEmbed(STEP_IDS); // { mode, hostActiveIndex, isCramped }
import { useEffect, useState } from 'react';
import { BEFORE_FIRST_STEP } from '../steps/activeStep.ts';
import { readStepFromHash } from '../steps/deepLink.ts';
import { bringStepIntoPlace, scrollTopForStep, setStepScroller } from '../steps/trigger.ts';
import { isEmbedRequested, type EmbedMode } from '../embed/embedMode.ts';
import { applyHostGeometry, measureLayout, type StoryLayout } from '../embed/hostLayout.ts';
import type { HostGeometry } from '../embed/protocol.ts';
import { startStoryBridge } from '../embed/storyBridge.ts';

/** Below this iframe height, with no host script, the scroll layout is too cramped to read. */
const CRAMPED_HEIGHT = 400;
const HANDSHAKE_WAIT_MS = 1200;

export interface EmbedState {
  mode: EmbedMode;
  /** The step the host's geometry puts the reader on (responsive mode only). */
  hostActiveIndex: number;
  /** Embedded in an iframe too short to scroll the story in, with no host script to size it. */
  isCramped: boolean;
}

export function useEmbed(stepIds: readonly string[]): EmbedState {
  const [mode, setMode] = useState<EmbedMode>('page');
  const [hostActiveIndex, setHostActiveIndex] = useState(BEFORE_FIRST_STEP);
  const [isCramped, setCramped] = useState(false);

  useEffect(() => {
    if (!isEmbedRequested(window.location.search) || window.parent === window) return;
    const root = document.documentElement;
    root.classList.add('is-embed');
    setMode('fixed');

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
      setHostActiveIndex(applyHostGeometry(layout, latest));
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

    const bridge = startStoryBridge({
      onGeometry: (geometry) => {
        const isFirst = !latest;
        if (latest?.viewportHeight !== geometry.viewportHeight) root.style.setProperty('--host-vh', `${geometry.viewportHeight / 100}px`);
        latest = geometry;
        if (isFirst) {
          root.classList.add('is-embed-responsive');
          setMode('responsive');
          setCramped(false);
          relayout.observe(document.body);
          setStepScroller((step) => bridge.requestScroll(scrollTopForStep(step, latest?.viewportHeight)));
        }
        if (pendingLanding && geometry.iframeHeight >= document.documentElement.getBoundingClientRect().height - 2) {
          const landing = pendingLanding;
          pendingLanding = undefined;
          window.requestAnimationFrame(() => bringStepIntoPlace(landing, { focus: false }));
        }
        schedule();
      },
    });
    const crampedCheck = window.setTimeout(() => {
      if (!latest && window.innerHeight < CRAMPED_HEIGHT) setCramped(true);
    }, HANDSHAKE_WAIT_MS);

    return () => {
      window.clearTimeout(crampedCheck);
      relayout.disconnect();
      bridge.stop();
      setStepScroller();
      root.classList.remove('is-embed', 'is-embed-responsive');
    };
  }, [stepIds]);

  return { mode, hostActiveIndex, isCramped };
}
