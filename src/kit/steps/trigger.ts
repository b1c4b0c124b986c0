// Where the trigger line sits for the current layout, shared by the scroll hook and step navigation.
import { MOBILE_QUERY, STEP_LANDING_MARGIN, STEP_SELECTOR, STEP_TRIGGER_DESKTOP, STEP_TRIGGER_MOBILE } from '../constants.ts';

// The query's list is live: asked for once, it follows every change of layout. Asking anew on each
// step change cost more than the rest of the steps' reading.
let mobileLayout: MediaQueryList | undefined;

/** Share of the viewport height at which a step becomes active. */
export function triggerShare(): typeof STEP_TRIGGER_DESKTOP | typeof STEP_TRIGGER_MOBILE {
  mobileLayout ??= window.matchMedia(MOBILE_QUERY);
  return mobileLayout.matches ? STEP_TRIGGER_MOBILE : STEP_TRIGGER_DESKTOP;
}

/** An element's top in document coordinates. */
export function documentTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/**
 * The scroll position that puts a step's top just past the trigger line of a viewport this tall:
 * our own window's, or, in a responsive embed, the host's (then measured from the iframe's top).
 * With a `progress`, the place that far through the step instead (a reload lands where the reader was).
 */
export function scrollTopForStep(step: Element, viewportHeight: number = window.innerHeight, progress?: number): number {
  const pastTrigger = progress === undefined ? STEP_LANDING_MARGIN : Math.max(1, progress * stepLength(step));
  return Math.max(0, documentTop(step) - viewportHeight * triggerShare() + pastTrigger);
}

/** From a step's top to the next step's (or its own bottom, for the last): what its progress spans. */
function stepLength(step: Element): number {
  const steps = Array.from(document.querySelectorAll(STEP_SELECTOR));
  const next = steps[steps.indexOf(step) + 1];
  return next ? documentTop(next) - documentTop(step) : step.getBoundingClientRect().height;
}

/** Moves a step to its active position; the page scrolls itself unless a host page does it for us. */
export type StepScroller = (step: HTMLElement, progress?: number) => void;

const scrollOwnWindow: StepScroller = (step, progress) => window.scrollTo({ top: scrollTopForStep(step, window.innerHeight, progress), behavior: 'instant' });
let scrollStep = scrollOwnWindow;

/** In a responsive embed the host page scrolls; pass nothing to return to scrolling this window. */
export function setStepScroller(scroller?: StepScroller): void {
  scrollStep = scroller ?? scrollOwnWindow;
}

/**
 * Scrolls a step into its active position (or to a place part-way through it) and, if asked, moves
 * keyboard focus to its card.
 */
export function bringStepIntoPlace(stepId: string, { focus, progress }: { focus: boolean; progress?: number }): boolean {
  const step = document.getElementById(stepId);
  if (!step?.matches(STEP_SELECTOR)) return false;
  scrollStep(step, progress);
  if (focus) step.focus({ preventScroll: true });
  return true;
}
