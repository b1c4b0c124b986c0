// In a responsive embed the story's own window never scrolls, so it reads its layout once (and again
// when the layout changes) and, for every geometry message, works out the active step and where to
// pin each sticky graphic without touching layout again. Only transforms are written.
//   const layout = measureLayout(); applyHostGeometry(layout, geometry) // → { index, progress }
import type { StepPlace } from '../steps/stepPlace.ts';
import { measureStepSpans, placeFromSpans, type StepSpan } from '../steps/stepSpans.ts';
import { STEP_SELECTOR } from '../constants.ts';
import { documentTop, triggerShare } from '../steps/trigger.ts';
import { pinnedOffset } from './embedMode.ts';
import type { HostGeometry } from './protocol.ts';

interface PinnedGraphic {
  graphic: HTMLElement;
  containerTop: number;
  containerHeight: number;
  graphicHeight: number;
}

/** The bar of chapters (PlaceBar.tsx), pinned to the top of the host's viewport over the whole story. */
interface PinnedBar {
  bar: HTMLElement;
  top: number;
  height: number;
  /** How far it can move down: to the end of the story it sticks within. */
  travel: number;
}

export interface StoryLayout {
  steps: StepSpan[];
  graphics: PinnedGraphic[];
  bar?: PinnedBar;
}

function measureBar(): PinnedBar | undefined {
  const bar = document.querySelector<HTMLElement>('[data-place-bar]');
  const story = bar?.parentElement;
  if (!bar || !story) return undefined;
  bar.style.transform = '';
  const top = documentTop(bar);
  const height = bar.offsetHeight;
  return { bar, top, height, travel: Math.max(0, documentTop(story) + story.offsetHeight - top - height) };
}

export function measureLayout(): StoryLayout {
  const steps = measureStepSpans(STEP_SELECTOR);
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
  return { steps, graphics, bar: measureBar() };
}

/** Pins the graphics for this geometry and returns the reader's place: the active step and how far through it. */
export function applyHostGeometry(layout: StoryLayout, geometry: HostGeometry): StepPlace {
  const hostViewportTop = -geometry.iframeTop;
  const { bar } = layout;
  if (bar) bar.bar.style.transform = `translate3d(0, ${Math.min(bar.travel, Math.max(0, hostViewportTop - bar.top))}px, 0)`;
  // The pictures pin below the bar, as they stick below it on a page that scrolls itself.
  const barHeight = bar?.height ?? 0;
  for (const pinned of layout.graphics) {
    const offset = pinnedOffset(hostViewportTop + barHeight, pinned.containerTop, pinned.containerHeight, pinned.graphicHeight);
    pinned.graphic.style.transform = `translate3d(0, ${offset}px, 0)`;
  }
  return placeFromSpans(layout.steps, hostViewportTop + geometry.viewportHeight * triggerShare());
}
