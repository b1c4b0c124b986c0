// In a responsive embed the story's own window never scrolls, so it reads its layout once (and again
// when the layout changes) and, for every geometry message, works out the active step and where to
// pin each sticky graphic without touching layout again. Only transforms are written.
//   const layout = measureLayout(); applyHostGeometry(layout, geometry) // → { index, progress }
import { placeFromSpans, type StepPlace, type StepSpan } from '../steps/stepPlace.ts';
import { documentTop, triggerShare } from '../steps/trigger.ts';
import { pinnedOffset } from './embedMode.ts';
import type { HostGeometry } from './protocol.ts';

interface PinnedGraphic {
  graphic: HTMLElement;
  containerTop: number;
  containerHeight: number;
  graphicHeight: number;
}

export interface StoryLayout {
  steps: StepSpan[];
  graphics: PinnedGraphic[];
}

export function measureLayout(): StoryLayout {
  const steps = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'), (step) => {
    const top = documentTop(step);
    return { top, bottom: top + step.offsetHeight };
  });
  const graphics = Array.from(document.querySelectorAll<HTMLElement>('.scrolly'), (container) => {
    const graphic = container.querySelector<HTMLElement>('.scrolly__graphic');
    if (!graphic) return undefined;
    // Measured unshifted: the transform from the last geometry would skew the reading.
    graphic.style.transform = '';
    return {
      graphic,
      containerTop: documentTop(container),
      containerHeight: container.getBoundingClientRect().height,
      graphicHeight: graphic.getBoundingClientRect().height,
    };
  }).filter((entry): entry is PinnedGraphic => entry !== undefined);
  return { steps, graphics };
}

/** Pins the graphics for this geometry and returns the reader's place: the active step and how far through it. */
export function applyHostGeometry(layout: StoryLayout, geometry: HostGeometry): StepPlace {
  const hostViewportTop = -geometry.iframeTop;
  for (const pinned of layout.graphics) {
    const offset = pinnedOffset(hostViewportTop, pinned.containerTop, pinned.containerHeight, pinned.graphicHeight);
    pinned.graphic.style.transform = `translate3d(0, ${offset}px, 0)`;
  }
  return placeFromSpans(layout.steps, hostViewportTop + geometry.viewportHeight * triggerShare());
}
